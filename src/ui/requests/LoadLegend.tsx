import { useTranslation } from 'react-i18next';
import { selectGraph, selectPackets, selectRunTally, selectStacks } from '../../store';
import { useAppStore } from '../store-context';
import { outcomeRows, podLoadRows } from './load-rows';

/**
 * The run at a glance: how many requests ended which way (the colours and marks the packets use), and how
 * they spread over pods (folded: the canvas draws the same counts on the pods as packets arrive).
 */
export function LoadLegend() {
  const { t } = useTranslation('requests');
  const tally = useAppStore(selectRunTally);
  const packets = useAppStore(selectPackets);
  const graph = useAppStore(selectGraph);
  const stacks = useAppStore(selectStacks);
  const outcomes = outcomeRows(tally, t);
  const pods = podLoadRows(tally, packets, graph, stacks);
  return (
    <section className="load-legend" aria-labelledby="load-legend-title">
      <h3 id="load-legend-title" className="section-heading">
        {t('outcomesHeading')} {tally.total > 0 ? <span className="section-count">{t('outcomesOfTotal', { total: tally.total })}</span> : null}
      </h3>
      <ul className="outcome-list" aria-label={t('outcomeCounts')}>
        {outcomes.map((row) => (
          <li key={row.type} className={row.count === 0 ? 'is-zero' : undefined}>
            <span className="outcome-dot" style={{ background: row.colour }} aria-hidden="true">
              {row.glyph}
            </span>
            {row.label} <strong>{row.count}</strong>
          </li>
        ))}
      </ul>
      {pods.length > 0 ? (
        <details className="pod-load-details">
          <summary>{t('loadPerPodSummary', { pods: pods.length })}</summary>
          <ul className="pod-load" aria-label={t('loadPerPod')}>
            {pods.map((row) => (
              <li key={row.key}>
                <span className="pod-load-name" title={row.key}>
                  {row.name}
                </span>
                <span className="pod-load-bar" aria-hidden="true">
                  <span style={{ width: `${Math.round(row.fraction * 100)}%` }} />
                </span>
                <strong className="pod-load-count">{row.count}</strong>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

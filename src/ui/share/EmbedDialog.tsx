import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { embedUrlFor } from '../../app-url/app-url';
import { selectLanguage } from '../../store';
import type { Scenario } from '../../share';
import { useAppStore } from '../store-context';
import { iframeSnippet } from './build-scenario';
import { Dialog } from './Dialog';
import { LinkProblem } from './LinkProblem';
import { CopyAction } from './CopyAction';
import { downloadScenarioFile } from './share-link';
import { useShareLink } from './use-share-link';

interface EmbedDialogProps {
  readonly scenario: Scenario;
  /** The frame's default title: what the scenario shows. */
  readonly defaultTitle: string;
  readonly onClose: () => void;
}

/** The player's smallest useful size: below it the controls no longer fit beside the graph. */
const MIN_SIZE = { width: 320, height: 240 } as const;

export function EmbedDialog({ scenario, defaultTitle, onClose }: EmbedDialogProps) {
  const { t } = useTranslation('share');
  // The author's language goes into the snippet: the embed opens in it, in the author's post.
  const language = useAppStore(selectLanguage);
  const ids = { width: useId(), height: useId(), autoplay: useId(), loop: useId(), title: useId(), code: useId() };
  const link = useShareLink(scenario);
  const [width, setWidth] = useState(720);
  const [height, setHeight] = useState(480);
  const [autoplay, setAutoplay] = useState(true);
  const [loop, setLoop] = useState(false);
  const [title, setTitle] = useState(defaultTitle);

  const shareUrl = link.type === 'done' && link.result.ok ? link.result.url : null;
  const snippet =
    shareUrl === null
      ? ''
      : iframeSnippet({
          src: embedUrlFor(shareUrl, { autoplay, loop, language }),
          width: Math.max(MIN_SIZE.width, width),
          height: Math.max(MIN_SIZE.height, height),
          title,
        });

  return (
    <Dialog title={t('embedTitle')} onClose={onClose} className="embed-dialog">
      <p className="dialog-text">{t('embedIntro')}</p>
      {link.type === 'making' ? <p role="status">{t('making')}</p> : null}
      <LinkProblem link={link} />
      {shareUrl !== null ? (
        <>
          <div className="dialog-row">
            <div className="dialog-field dialog-number">
              <label htmlFor={ids.width}>{t('embedWidth')}</label>
              <input
                id={ids.width}
                type="number"
                min={MIN_SIZE.width}
                max={3840}
                step={10}
                value={width}
                onChange={(e) => setWidth(e.target.valueAsNumber || MIN_SIZE.width)}
              />
            </div>
            <div className="dialog-field dialog-number">
              <label htmlFor={ids.height}>{t('embedHeight')}</label>
              <input
                id={ids.height}
                type="number"
                min={MIN_SIZE.height}
                max={2160}
                step={10}
                value={height}
                onChange={(e) => setHeight(e.target.valueAsNumber || MIN_SIZE.height)}
              />
            </div>
            <label className="dialog-check">
              <input type="checkbox" checked={autoplay} onChange={(e) => setAutoplay(e.target.checked)} />
              {t('embedAutoplay')}
            </label>
            <label className="dialog-check">
              <input type="checkbox" checked={autoplay && loop} disabled={!autoplay} onChange={(e) => setLoop(e.target.checked)} />
              {t('embedLoop')}
            </label>
          </div>
          <div className="dialog-field">
            <label htmlFor={ids.title}>{t('embedFrameTitle')}</label>
            <input id={ids.title} type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
          </div>
          <div className="dialog-field">
            <label htmlFor={ids.code}>{t('embedCode')}</label>
            <textarea
              id={ids.code}
              className="is-code"
              readOnly
              rows={4}
              value={snippet}
              spellCheck={false}
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
          <CopyAction text={snippet} label={t('copyCode')} />
        </>
      ) : null}
      <div className="dialog-actions dialog-foot">
        {link.type === 'done' && !link.result.ok ? (
          <button type="button" onClick={() => downloadScenarioFile(scenario)}>
            {t('downloadFile')}
          </button>
        ) : null}
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Dialog>
  );
}

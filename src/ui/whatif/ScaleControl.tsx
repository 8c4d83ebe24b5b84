import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManifestEdit } from '../../core';
import { MAX_REPLICAS, scaleEdit, type WorkloadFacts } from './whatif-actions';

interface ScaleControlProps {
  readonly facts: WorkloadFacts;
  readonly busy: boolean;
  readonly apply: (edit: ManifestEdit) => void;
}

/** − / count / +: the buttons apply at once, a typed count on Enter or when focus leaves the field. */
export function ScaleControl({ facts, busy, apply }: ScaleControlProps) {
  const { t } = useTranslation('whatif');
  const id = useId();
  // What the user typed, for the count it was typed against: a new count from the text replaces the draft.
  const [draft, setDraft] = useState({ against: facts.replicas, text: String(facts.replicas) });
  const typed = draft.against === facts.replicas ? draft.text : String(facts.replicas);
  const setTyped = (text: string): void => setDraft({ against: facts.replicas, text });
  const name = facts.scale?.name ?? facts.name;
  const scaleTo = (replicas: number): void => {
    const edit = scaleEdit(facts, replicas);
    if (edit && replicas !== facts.replicas) apply(edit);
  };
  const submitTyped = (): void => {
    const replicas = Number(typed);
    if (typed.trim() !== '' && Number.isInteger(replicas)) scaleTo(replicas);
    else setTyped(String(facts.replicas));
  };
  return (
    <div className="whatif-group">
      <label htmlFor={id}>{t('replicas')}</label>
      <button
        type="button"
        disabled={busy || facts.replicas === 0}
        onClick={() => scaleTo(facts.replicas - 1)}
        aria-label={t('scaleDown', { name, replicas: facts.replicas - 1 })}
      >
        −
      </button>
      <input
        id={id}
        className="whatif-count"
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_REPLICAS}
        value={typed}
        disabled={busy}
        onChange={(event) => setTyped(event.target.value)}
        onBlur={submitTyped}
        onKeyDown={(event) => {
          if (event.key === 'Enter') submitTyped();
        }}
      />
      <button
        type="button"
        disabled={busy || facts.replicas >= MAX_REPLICAS}
        onClick={() => scaleTo(facts.replicas + 1)}
        aria-label={t('scaleUp', { name, replicas: facts.replicas + 1 })}
      >
        +
      </button>
    </div>
  );
}

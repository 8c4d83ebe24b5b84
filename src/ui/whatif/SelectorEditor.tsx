import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManifestEdit } from '../../core';
import { rowsOf, selectorEdit, selectorProblemText, type SelectorProblem, type SelectorRow } from './selector-rows';
import type { ServiceFacts } from './whatif-actions';

interface SelectorEditorProps {
  readonly facts: ServiceFacts;
  readonly busy: boolean;
  readonly onApply: (edit: ManifestEdit) => void;
  readonly onCancel: () => void;
}

/** key = value rows for spec.selector; Apply writes them into the text, with the API server's checks first. */
export function SelectorEditor({ facts, busy, onApply, onCancel }: SelectorEditorProps) {
  const { t } = useTranslation('whatif');
  const [rows, setRows] = useState<SelectorRow[]>(() => {
    const initial = rowsOf(facts.selector);
    return initial.length > 0 ? initial : [{ key: '', value: '' }];
  });
  const [error, setError] = useState<SelectorProblem | null>(null);
  const update = (index: number, change: Partial<SelectorRow>): void =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <form
      className="selector-editor"
      aria-label={t('selectorForm', { name: facts.name })}
      onSubmit={(event) => {
        event.preventDefault();
        const result = selectorEdit(facts, rows);
        if ('error' in result) setError(result.error);
        else onApply(result.edit);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      {rows.map((row, index) => (
        <div className="selector-row" key={index}>
          <input
            aria-label={t('selectorKey', { row: index + 1 })}
            value={row.key}
            placeholder={t('keyPlaceholder')}
            onChange={(event) => update(index, { key: event.target.value })}
          />
          <span aria-hidden="true">=</span>
          <input
            aria-label={t('selectorValue', { row: index + 1 })}
            value={row.value}
            placeholder={t('valuePlaceholder')}
            onChange={(event) => update(index, { value: event.target.value })}
          />
          <button type="button" aria-label={t('removeLabel', { row: index + 1 })} onClick={() => setRows((current) => current.filter((_, i) => i !== index))}>
            ×
          </button>
        </div>
      ))}
      <div className="selector-actions">
        <button type="button" onClick={() => setRows((current) => [...current, { key: '', value: '' }])}>
          {t('addLabel')}
        </button>
        <button type="submit" disabled={busy}>
          {t('applySelector')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
      {error ? (
        <p className="selector-error" role="alert">
          {selectorProblemText(error, t)}
        </p>
      ) : null}
    </form>
  );
}

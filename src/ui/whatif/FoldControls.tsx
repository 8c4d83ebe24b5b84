import { useTranslation } from 'react-i18next';
import { selectSetNamespaceExpanded, selectSetStackExpanded } from '../../store';
import { useAppStore } from '../store-context';
import type { FoldActions, WhatIfTarget } from './whatif-actions';

/** Opening and closing stacks and folded namespaces from the bar: view changes, the text is not touched. */
export function FoldControls({ target, fold }: { readonly target: WhatIfTarget | null; readonly fold: FoldActions }) {
  const { t } = useTranslation('whatif');
  const setStackExpanded = useAppStore(selectSetStackExpanded);
  const setNamespaceExpanded = useAppStore(selectSetNamespaceExpanded);
  const open =
    target?.type === 'namespace' ? (
      <button type="button" onClick={() => setNamespaceExpanded(target.namespace, true)}>
        {t('showNamespace', { namespace: target.namespace })}
      </button>
    ) : target?.type === 'stack' ? (
      <button type="button" onClick={() => setStackExpanded(target.stack.id, true)}>
        {t('showPods', { count: target.stack.podNames.length })}
      </button>
    ) : null;
  if (!open && !fold.restack && fold.refold === undefined) return null;
  return (
    <div className="whatif-group">
      {open}
      {fold.restack ? (
        <button type="button" onClick={() => fold.restack && setStackExpanded(fold.restack.id, false)}>
          {t('stackAgain', { name: fold.restack.name })}
        </button>
      ) : null}
      {fold.refold !== undefined ? (
        <button type="button" onClick={() => fold.refold !== undefined && setNamespaceExpanded(fold.refold, false)}>
          {t('foldNamespace', { namespace: fold.refold })}
        </button>
      ) : null}
    </div>
  );
}

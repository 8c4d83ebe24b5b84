import type { TFunction } from 'i18next';
import type { PodStack } from '../../../protocol';

/**
 * A pod stack's two lines in the UI's language, rebuilt from the stack's counts (the worker writes the same
 * lines in English to size the card): how many of its pods are ready, and its open button. A folded
 * namespace's pods on a Node say only how many are ready, and open the namespace.
 */
export function podStackLines(stack: PodStack, t: TFunction<'canvas'>): { readonly summary: string; readonly open: string } {
  const total = stack.podNames.length;
  if (stack.workload.kind === 'Namespace') return { summary: t('stackReady', { ready: stack.ready, total }), open: t('openNamespace') };
  const notReady = total - stack.ready - stack.terminating;
  const parts = [
    t('stackReady', { ready: stack.ready, total }),
    ...(notReady > 0 ? [t('stackNotReady', { pods: notReady })] : []),
    ...(stack.terminating > 0 ? [t('stackTerminating', { pods: stack.terminating })] : []),
  ];
  return { summary: parts.join(' · '), open: t('openStack', { pods: total }) };
}

import type { TFunction } from 'i18next';
import type { GraphNodeKind } from '../../core';

/** A kind's caption in the UI's language (Kubernetes kinds keep their English spelling in Chinese too). */
export function kindTitle(kind: GraphNodeKind, t: TFunction<'canvas'>): string {
  return t(`kind_${kind}`);
}

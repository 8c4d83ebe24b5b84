import type { GraphNodeKind } from '../../../core';

/**
 * The kinds a user can hide, grouped as people think of them; hiding a group hides all its kinds. `group` is
 * the group's id and its label's key (`group_<id>`) in the canvas dictionary.
 */
export const KIND_GROUPS = [
  { group: 'ingresses', kinds: ['ingress', 'loadbalancer', 'client'] },
  { group: 'services', kinds: ['service'] },
  { group: 'endpoints', kinds: ['endpoints', 'endpointslice'] },
  { group: 'workloads', kinds: ['deployment', 'statefulset', 'daemonset'] },
  { group: 'replicasets', kinds: ['replicaset'] },
  { group: 'pods', kinds: ['pod'] },
  { group: 'nodes', kinds: ['node'] },
] as const satisfies readonly { readonly group: string; readonly kinds: readonly GraphNodeKind[] }[];

export function isGroupHidden(hidden: readonly GraphNodeKind[], kinds: readonly GraphNodeKind[]): boolean {
  return kinds.every((kind) => hidden.includes(kind));
}

export function toggleGroup(hidden: readonly GraphNodeKind[], kinds: readonly GraphNodeKind[], show: boolean): GraphNodeKind[] {
  const rest = hidden.filter((kind) => !kinds.includes(kind));
  return show ? rest : [...rest, ...kinds];
}

/** How many filters narrow the view, for the Filters button. */
export function activeFilterCount(view: {
  readonly namespaces?: readonly string[];
  readonly hiddenKinds?: readonly GraphNodeKind[];
  readonly labelSelector?: string;
}): number {
  return (view.namespaces && view.namespaces.length > 0 ? 1 : 0) + ((view.hiddenKinds?.length ?? 0) > 0 ? 1 : 0) + (view.labelSelector?.trim() ? 1 : 0);
}

/** A namespace checkbox toggled: the set of namespaces shown, where every namespace shown means no filter. */
export function toggleNamespace(all: readonly string[], shown: readonly string[], namespace: string, show: boolean): string[] {
  const current = shown.length === 0 ? [...all] : [...shown];
  const next = show ? [...new Set([...current, namespace])] : current.filter((ns) => ns !== namespace);
  return next.length === all.length && all.every((ns) => next.includes(ns)) ? [] : all.filter((ns) => next.includes(ns));
}

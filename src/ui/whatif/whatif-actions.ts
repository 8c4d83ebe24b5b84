import type { TFunction } from 'i18next';
import type { GraphNode, ManifestEdit } from '../../core';
import type { ObjectFacts, PodStack } from '../../protocol';

/** The translator of the what-if namespace; helpers that word things take it, so tests pick the language. */
export type WhatIfT = TFunction<'whatif'>;

/** What the what-if bar offers for the selected node; null when nothing about it can be changed from the graph. */
export type WhatIfTarget =
  | { readonly type: 'scale'; readonly title: string; readonly replicas: number; readonly facts: WorkloadFacts }
  | { readonly type: 'pod'; readonly facts: PodFacts }
  | { readonly type: 'service'; readonly facts: ServiceFacts }
  | { readonly type: 'stack'; readonly stack: PodStack; readonly scale: WorkloadFacts | null }
  | { readonly type: 'namespace'; readonly namespace: string };

export type WorkloadFacts = Extract<ObjectFacts, { kind: 'workload' }>;
export type PodFacts = Extract<ObjectFacts, { kind: 'pod' }>;
export type ServiceFacts = Extract<ObjectFacts, { kind: 'service' }>;

/** The largest count the scale control offers: the core simulates at most 5,000 pods of one workload. */
export const MAX_REPLICAS = 5000;

export function whatIfTargetFor(
  node: GraphNode | undefined,
  facts: Readonly<Record<string, ObjectFacts>>,
  stacks: Readonly<Record<string, PodStack>>,
  graphNodes: readonly GraphNode[],
): WhatIfTarget | null {
  if (!node) return null;
  if (node.kind === 'namespace') return { type: 'namespace', namespace: node.namespace };
  const stack = stacks[node.id];
  if (stack?.workload.kind === 'Namespace') return { type: 'namespace', namespace: stack.namespace };
  if (stack) {
    const workload = graphNodes.find((n) => n.namespace === stack.namespace && n.label === stack.workload.name && n.kind === stack.workload.kind.toLowerCase());
    const scale = workload ? facts[workload.id] : undefined;
    return { type: 'stack', stack, scale: scale?.kind === 'workload' && scale.scale ? scale : null };
  }
  const fact = facts[node.id];
  switch (fact?.kind) {
    case 'workload':
      if (!fact.scale) return null;
      return {
        type: 'scale',
        title: fact.scale.name === fact.name ? fact.name : `${fact.scale.kind} ${fact.scale.name}`,
        replicas: fact.replicas,
        facts: fact,
      };
    case 'pod':
      return { type: 'pod', facts: fact };
    case 'service':
      return { type: 'service', facts: fact };
    default:
      return null;
  }
}

export function scaleEdit(facts: WorkloadFacts, replicas: number): ManifestEdit | null {
  if (!facts.scale || !Number.isInteger(replicas) || replicas < 0 || replicas > MAX_REPLICAS) return null;
  return { type: 'scale', kind: facts.scale.kind, namespace: facts.namespace, name: facts.scale.name, replicas };
}

export function podReadyEdit(facts: PodFacts, ready: boolean): ManifestEdit {
  return { type: 'pod-ready', namespace: facts.namespace, name: facts.name, ready, ...(facts.owner ? { owner: facts.owner } : {}) };
}

/** `at` is the wall-clock time of the deletion, written to a Pod's metadata.deletionTimestamp (seconds, UTC). */
export function podDeleteEdit(facts: PodFacts, at: Date): ManifestEdit {
  const deletionTimestamp = at.toISOString().replace(/\.\d+Z$/, 'Z');
  return { type: 'pod-delete', namespace: facts.namespace, name: facts.name, deletionTimestamp, ...(facts.owner ? { owner: facts.owner } : {}) };
}

export const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer'] as const;
export const TRAFFIC_POLICIES = ['Cluster', 'Local'] as const;
export const AFFINITIES = ['None', 'ClientIP'] as const;

export function serviceTypeEdit(facts: ServiceFacts, value: (typeof SERVICE_TYPES)[number]): ManifestEdit {
  return { type: 'set-service-field', namespace: facts.namespace, name: facts.name, field: 'type', value };
}

export function trafficPolicyEdit(facts: ServiceFacts, value: (typeof TRAFFIC_POLICIES)[number]): ManifestEdit {
  return { type: 'set-service-field', namespace: facts.namespace, name: facts.name, field: 'externalTrafficPolicy', value };
}

export function affinityEdit(facts: ServiceFacts, value: (typeof AFFINITIES)[number]): ManifestEdit {
  return { type: 'set-service-field', namespace: facts.namespace, name: facts.name, field: 'sessionAffinity', value };
}

/** Why externalTrafficPolicy cannot be chosen, or null: Kubernetes allows it only on NodePort and LoadBalancer. */
export function trafficPolicyUnavailable(facts: ServiceFacts, t: WhatIfT): string | null {
  return facts.type === 'NodePort' || facts.type === 'LoadBalancer' ? null : t('policyNeedsNodePort');
}

/** Why the type cannot be switched from the bar, or null: a headless or ExternalName Service keeps its kind. */
export function serviceTypeUnavailable(facts: ServiceFacts, t: WhatIfT): string | null {
  if (facts.headless) return t('headlessStaysClusterIP');
  return facts.type === 'ExternalName' ? t('externalNameIsAlias') : null;
}

export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Ways back to a folded picture from the selected node: its pods stacked again, its namespace folded again. */
export interface FoldActions {
  readonly restack?: { readonly id: string; readonly name: string };
  readonly refold?: string;
}

export function foldActionsFor(
  node: GraphNode | undefined,
  facts: Readonly<Record<string, ObjectFacts>>,
  view: { readonly expandedStacks?: readonly string[]; readonly expandedNamespaces?: readonly string[] },
): FoldActions {
  if (!node) return {};
  const fact = facts[node.id];
  // Stack ids are built by the worker as stack/<Node>/<namespace>/<Kind>/<workload> (stack-pods.ts).
  const nodeName = node.parentId?.startsWith('node/') ? node.parentId.slice('node/'.length) : '-';
  const stackId = fact?.kind === 'pod' && fact.owner ? `stack/${nodeName}/${node.namespace}/${fact.owner.kind}/${fact.owner.name}` : undefined;
  const restack =
    stackId !== undefined && fact?.kind === 'pod' && fact.owner && view.expandedStacks?.includes(stackId) ? { id: stackId, name: fact.owner.name } : undefined;
  const refold = view.expandedNamespaces?.includes(node.namespace) ? node.namespace : undefined;
  return { ...(restack ? { restack } : {}), ...(refold !== undefined ? { refold } : {}) };
}

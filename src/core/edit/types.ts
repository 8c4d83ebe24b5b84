/**
 * What-if edits: each one changes the manifests text the way a person would in an editor, so the text stays
 * the source of truth and everything else (graph, endpoints, rule tables, traces) follows from reading it.
 */
export type ScalableKind = 'Deployment' | 'ReplicaSet' | 'StatefulSet';

interface ObjectEdit {
  readonly namespace: string;
  readonly name: string;
}

/** The workload that made a pod, as the cluster model records it (`pod.workload`). */
export interface PodOwner {
  readonly kind: string;
  readonly name: string;
}

export type ServiceFieldEdit =
  | { readonly field: 'type'; readonly value: 'ClusterIP' | 'NodePort' | 'LoadBalancer' }
  | { readonly field: 'externalTrafficPolicy'; readonly value: 'Cluster' | 'Local' }
  | { readonly field: 'sessionAffinity'; readonly value: 'None' | 'ClientIP' };

export type ManifestEdit =
  | (ObjectEdit & { readonly type: 'scale'; readonly kind: ScalableKind; readonly replicas: number })
  | (ObjectEdit & { readonly type: 'set-service-field' } & ServiceFieldEdit)
  | (ObjectEdit & { readonly type: 'set-selector'; readonly selector: Readonly<Record<string, string>> })
  /** A pod written in the text gets its Ready condition; a generated one is listed on its workload. */
  | (ObjectEdit & { readonly type: 'pod-ready'; readonly ready: boolean; readonly owner?: PodOwner })
  /**
   * A pod written in the text gets metadata.deletionTimestamp (the core does not read clocks: the caller
   * passes the time); a generated one is listed on its workload and shows Terminating beside its replacement.
   */
  | (ObjectEdit & { readonly type: 'pod-delete'; readonly owner?: PodOwner; readonly deletionTimestamp?: string });

export type ManifestEditType = ManifestEdit['type'];

export type EditResult =
  | {
      readonly ok: true;
      readonly text: string;
      /** False when the text already said so (e.g. scaling to the current count). */
      readonly changed: boolean;
      /** What was done, in Kubernetes words, for a status message. */
      readonly summary: string;
      /** 1-based line of the first change, so the editor can show it. */
      readonly line?: number;
    }
  | { readonly ok: false; readonly error: string };

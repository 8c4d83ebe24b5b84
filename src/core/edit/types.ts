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

/**
 * What an edit did, as data, so a UI can say it in its own language; `summary` (summarizeEdit) is the
 * English of it, for the CLI, logs and tests. `writtenOn` names the workload whose annotation carries a
 * generated pod's state (absent when the Pod itself is in the text).
 */
export type EditDone =
  | {
      readonly type: 'scaled';
      readonly kind: ScalableKind;
      readonly name: string;
      /** spec.replicas as the text had it; null when it had none (the API's default, 1). */
      readonly fromReplicas: string | null;
      readonly toReplicas: number;
    }
  | (ObjectEdit & { readonly type: 'service-type'; readonly serviceType: 'ClusterIP' | 'NodePort' | 'LoadBalancer' })
  | (ObjectEdit & { readonly type: 'service-field' } & Exclude<ServiceFieldEdit, { readonly field: 'type' }>)
  /** An empty selector: the field was removed. */
  | (ObjectEdit & { readonly type: 'selector'; readonly selector: Readonly<Record<string, string>> })
  | { readonly type: 'pod-ready'; readonly name: string; readonly ready: boolean; readonly writtenOn?: PodOwner }
  | { readonly type: 'pod-deleted'; readonly name: string; readonly writtenOn?: PodOwner };

export type EditResult =
  | {
      readonly ok: true;
      readonly text: string;
      /** False when the text already said so (e.g. scaling to the current count). */
      readonly changed: boolean;
      /** What was done, in Kubernetes words (English), for a status message. */
      readonly summary: string;
      /** The same as data, for a UI that words it in another language. */
      readonly done: EditDone;
      /** 1-based line of the first change, so the editor can show it. */
      readonly line?: number;
    }
  | { readonly ok: false; readonly error: string };

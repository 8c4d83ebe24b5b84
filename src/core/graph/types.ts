/**
 * The cluster as a graph for the UI: nodes and edges, no positions (layout is the UI's and the worker's).
 * Ids are stable across edits (built from kind, namespace and name), so a layout can be kept when the
 * cluster changes a little.
 */
export type GraphNodeKind =
  | 'client'
  | 'loadbalancer'
  | 'ingress'
  | 'service'
  | 'endpoints'
  | 'endpointslice'
  | 'deployment'
  | 'replicaset'
  | 'statefulset'
  | 'daemonset'
  | 'pod'
  | 'node'
  /**
   * A whole namespace drawn as one card. buildGraph never makes it: the worker folds namespaces this way
   * when a cluster is too big to read object by object.
   */
  | 'namespace';

export type GraphEdgeKind =
  /** A workload owns a ReplicaSet or pods. */
  | 'owns'
  /** A Service's Endpoints object. */
  | 'endpoints'
  /** An Endpoints address points at a pod (ready or not). */
  | 'endpoint'
  /** A Service's selector matches a pod. */
  | 'selects'
  /** An Ingress rule routes to a Service. */
  | 'routes'
  /** A pod runs on a Node. */
  | 'runs-on'
  /** The outside client reaches a load balancer or node; the load balancer reaches a Service. */
  | 'reaches';

export interface GraphNode {
  readonly id: string;
  readonly kind: GraphNodeKind;
  readonly label: string;
  readonly namespace: string;
  /** For pods: the id of the Node they run on, so the UI can group them. */
  readonly parentId?: string;
  /** Short facts to print on the node: `10.96.3.215`, `38080/TCP`, `3/3 ready`. */
  readonly details: readonly string[];
  /** Pod readiness, endpoint readiness: drives colour. */
  readonly status: 'ok' | 'warning' | 'error' | 'neutral';
  readonly system: boolean;
  /** 1-based line of the object in the user's text, when it came from there. */
  readonly line?: number;
  /** The numbers and states some of `details` are made from, for a UI that says them in another language. */
  readonly facts?: GraphNodeFacts;
}

/**
 * What some detail lines say, as data. `details` stay the English lines (what the worker sizes cards by and
 * English readers see); a UI in another language words these instead. Only the lines named here change:
 * IPs, ports, images and hosts are data in every language.
 */
export type GraphNodeFacts =
  /** details[0]: `3/3 ready`. */
  | { readonly type: 'workload'; readonly ready: number; readonly desired: number }
  /** details[0]: `3 pods`. */
  | { readonly type: 'replicaset'; readonly pods: number }
  /** details[0]: the IP or `<no IP>`; details[1]: `Ready`, `NotReady`, `Terminating` or the phase. */
  | { readonly type: 'pod'; readonly hasIP: boolean; readonly state: 'Ready' | 'NotReady' | 'Terminating' | 'Pending' | 'Succeeded' | 'Failed' | 'Unknown' }
  /** details[0]: `class nginx` or `no class`. */
  | { readonly type: 'ingress'; readonly className: string | null }
  /** `<none>` when there are no addresses; the last line `+ N more` when `more` > 0. */
  | { readonly type: 'endpoints'; readonly addresses: number; readonly more: number }
  /** A folded namespace (made by the worker): `5 services · 5 workloads`, `50 pods (50 ready)`. */
  | { readonly type: 'namespace'; readonly services: number; readonly workloads: number; readonly pods: number; readonly ready: number };

export interface GraphEdge {
  readonly id: string;
  readonly kind: GraphEdgeKind;
  readonly source: string;
  readonly target: string;
  readonly label?: string;
  /** An endpoint edge to an unready pod is drawn dashed. */
  readonly ready?: boolean;
}

export interface ClusterGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

import type { Diagnostic } from '../diagnostics';
import type { Protocol } from '../model/types';

/**
 * A trace is the complete plan of one request: every hop with the packet before and after it, the rule or
 * record that decided it and a simulated time offset; then the reply's way back; then the outcome. The UI
 * plays it back on its own clock.
 */
export type TraceSource =
  | { readonly type: 'pod'; readonly namespace: string; readonly name: string }
  | { readonly type: 'node'; readonly name: string }
  | { readonly type: 'external'; readonly ip?: string };

export interface TraceRequest {
  readonly source: TraceSource;
  /**
   * What the client asks for: a DNS name (`myapp`, `myapp.default:38080`, `myapp.default.svc.cluster.local`),
   * `IP:port` (ClusterIP, NodeIP:nodePort, LoadBalancer IP, externalIP, pod IP), or an HTTP URL
   * (`http://foo.example.com/api`) that goes through an Ingress.
   */
  readonly target: string;
  /** Port when the target has none: the Service's first port for names, 80 for URLs. */
  readonly port?: number;
  readonly protocol?: Protocol;
  /** For an outside client reaching a LoadBalancer or Ingress: the node the cloud LB picks is seeded; this fixes it. */
  readonly viaNode?: string;
}

export interface Address {
  readonly ip: string;
  readonly port: number;
}

/** Where a hop happens. */
export type HopKind = 'send' | 'dns' | 'cloud-lb' | 'nat' | 'filter' | 'ipvs' | 'route' | 'masquerade' | 'ingress' | 'deliver' | 'reply' | 'drop';

export interface RuleRef {
  /** 'iptables' | 'ipvs' | 'nftables' | 'dns' | 'ingress' | 'cloud' */
  readonly source: 'iptables' | 'ipvs' | 'nftables' | 'dns' | 'ingress' | 'cloud';
  readonly node?: string;
  readonly table?: string;
  readonly chain?: string;
  /** Stable id of the rule in the node's rule table, for highlighting. */
  readonly id?: string;
  /** The rule as the node shows it (iptables-save line, ipvsadm line, nft rule, DNS record, Ingress path). */
  readonly text: string;
}

export interface Hop {
  readonly kind: HopKind;
  /** Where: `pod/default/myapp-…`, `node/node1`, `dns`, `cloud-lb/default/web`, `client`. */
  readonly at: string;
  readonly node?: string;
  readonly before: { readonly src: string; readonly dst: string };
  readonly after: { readonly src: string; readonly dst: string };
  readonly rule?: RuleRef;
  readonly note: string;
  /** Simulated milliseconds since the request started. */
  readonly timeMs: number;
  /** True for the hops of the reply's way back. */
  readonly reply?: boolean;
}

export type Outcome =
  | {
      readonly type: 'delivered';
      readonly podNamespace: string;
      readonly podName: string;
      readonly podIP: string;
      readonly port: number;
      readonly nodeName: string;
    }
  | { readonly type: 'delivered-outside'; readonly ip: string; readonly port: number; readonly reason: string }
  /** A process in a node's host network answers: an endpoint on a node address that no pod object stands for (kube-apiserver behind default/kubernetes). */
  | { readonly type: 'delivered-host'; readonly nodeName: string; readonly ip: string; readonly port: number; readonly reason: string }
  | { readonly type: 'refused'; readonly reason: string }
  | { readonly type: 'dropped'; readonly reason: string }
  | { readonly type: 'timeout'; readonly reason: string }
  | { readonly type: 'nxdomain'; readonly name: string; readonly reason: string }
  | { readonly type: 'http-404'; readonly reason: string }
  /** Another HTTP answer from the ingress controller: 503 (backend without endpoints), 308 (redirect to https). */
  | { readonly type: 'http-status'; readonly status: number; readonly reason: string }
  | { readonly type: 'cname'; readonly target: string; readonly reason: string };

export type OutcomeType = Outcome['type'];

export interface Trace {
  readonly request: TraceRequest;
  readonly hops: readonly Hop[];
  readonly outcome: Outcome;
  /** Total simulated time, request and reply. */
  readonly durationMs: number;
  /** The Service the request went through, when there was one. */
  readonly service?: { readonly namespace: string; readonly name: string; readonly port: number };
  /**
   * Findings that explain the outcome (why it was refused, dropped, 404) or qualify a delivery (a targetPort
   * nothing may listen on): filled in by whoever has the findings (the worker), see findingsBehind.
   */
  readonly findings?: readonly Diagnostic[];
}

import type { ObjectRef } from '../../diagnostics';
import type { PathType, ServicePort } from '../../model/types';

export interface IngressRequest {
  /** The Host header; a port, a trailing dot and upper case are ignored, as nginx does. */
  readonly host: string;
  /** The request target; the query and fragment are dropped before matching. */
  readonly path: string;
  readonly scheme?: 'http' | 'https';
}

/**
 * The nginx server block the Host header picks: a precise host, else the one wildcard that covers it
 * (ingress-nginx makes `*.foo.com` a one-label regex), else the catch-all `_` that holds host-less rules.
 */
export interface IngressServer {
  readonly kind: 'precise' | 'wildcard' | 'catch-all';
  /** The rule host (`foo.com`, `*.foo.com`); '' for the catch-all. */
  readonly hostname: string;
}

export type IngressBackendProblemCode =
  | 'INGRESS_BACKEND_SERVICE_NOT_FOUND'
  | 'INGRESS_BACKEND_PORT_NOT_FOUND'
  | 'INGRESS_BACKEND_RESOURCE_UNSUPPORTED';

/** Why the backend cannot answer: ingress-nginx then has an upstream without endpoints and answers 503. */
export interface IngressBackendProblem {
  readonly code: IngressBackendProblemCode;
  readonly message: string;
  readonly hint: string;
  readonly statusCode: 503;
}

export type IngressBackendTarget =
  | {
      readonly type: 'service';
      readonly namespace: string;
      readonly serviceName: string;
      readonly port: { readonly number: number } | { readonly name: string };
      /** Present when the Service exists (in the Ingress's namespace, the only one it can use). */
      readonly service?: ObjectRef;
      /** The Service port the backend names; absent when missing, or for an ExternalName Service by number. */
      readonly servicePort?: ServicePort;
      readonly problem?: IngressBackendProblem;
    }
  | { readonly type: 'resource'; readonly kind: string; readonly name: string; readonly problem: IngressBackendProblem };

export type IngressRoute =
  | {
      readonly type: 'path';
      readonly ingress: ObjectRef;
      readonly ruleIndex: number;
      readonly pathIndex: number;
      readonly host: string;
      readonly path: string;
      readonly pathType: PathType;
      readonly backend: IngressBackendTarget;
      readonly reason: string;
    }
  | { readonly type: 'ingress-default-backend'; readonly ingress: ObjectRef; readonly backend: IngressBackendTarget; readonly reason: string }
  | { readonly type: 'controller-default-backend'; readonly statusCode: 404; readonly reason: string };

export interface IngressTls {
  /** The host is in a `tls` section of an Ingress that has a rule for it. */
  readonly configured: boolean;
  readonly secretName?: string;
  readonly ingress?: ObjectRef;
  /** ingress-nginx's ssl-redirect (on by default for hosts with TLS): plain HTTP gets a 308 to https. */
  readonly redirectToHttps: boolean;
  readonly note: string;
}

/** One path of the chosen server and whether it matched, for the "why this route" panel. */
export interface IngressPathCandidate {
  readonly ingress: ObjectRef;
  readonly ruleIndex: number;
  readonly pathIndex: number;
  readonly path: string;
  readonly pathType: PathType;
  readonly matches: boolean;
}

export interface IngressServing {
  readonly ingress: ObjectRef;
  readonly served: boolean;
  readonly reason: string;
}

export interface IngressMatch {
  /** The Host header and path as matched, after normalization. */
  readonly host: string;
  readonly path: string;
  readonly scheme: 'http' | 'https';
  readonly server: IngressServer;
  readonly route: IngressRoute;
  readonly tls: IngressTls;
  readonly candidates: readonly IngressPathCandidate[];
  /** Every Ingress in the cluster and whether the simulated ingress-nginx serves it. */
  readonly ingresses: readonly IngressServing[];
}

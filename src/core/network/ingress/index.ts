/** Ingress routing as the simulated ingress-nginx does it, and the API server's Ingress validation. */
export type {
  IngressBackendProblem,
  IngressBackendProblemCode,
  IngressBackendTarget,
  IngressMatch,
  IngressPathCandidate,
  IngressRequest,
  IngressRoute,
  IngressServer,
  IngressServing,
  IngressTls,
} from './types';
export { matchIngress } from './match';
export { hostMatches, pathMatches } from './paths';
export { normalizeRequestHost, normalizeRequestPath } from './request';
export { resolveIngressBackend } from './backend';
export { ingressServing, servedIngresses } from './serving';
export { validateIngress, validateIngresses, type IngressValidationCode } from './validate';

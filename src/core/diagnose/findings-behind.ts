import type { Diagnostic } from '../diagnostics';
import type { Cluster } from '../model/types';
import { hostMatches } from '../network/ingress';
import { parseTarget } from '../simulate/target';
import type { Trace } from '../simulate/types';
import type { FindingCode } from './codes';

/**
 * Which findings explain what happened to a request: the bridge between the diagnostics list and a trace's
 * outcome, so "refused" can say "because the selector app=wbe matches no pod (line 23)".
 *
 * A failed request is explained by the findings that leave a Service without a usable endpoint, or an
 * Ingress without a route, on the objects the request went through. A delivered request can carry a caveat:
 * kube-proxy delivered it, but to a port nothing may listen on, or to a pod of another app.
 */

/** Mistakes that leave the Service with no endpoint (or no usable one) for the request. */
const NO_ENDPOINT: readonly FindingCode[] = [
  'SVC_SELECTOR_MATCHES_NOTHING',
  'SVC_SELECTED_PODS_NOT_RUNNING',
  'SVC_ALL_ENDPOINTS_UNREADY',
  'SVC_NO_ENDPOINTS',
  'SVC_PORT_NAME_MISMATCH_ENDPOINTS',
  'SVC_NAMED_TARGETPORT_MISSING',
];

/** Why an Ingress sends a request to the default backend (404) or to a backend with no endpoint (503). */
const INGRESS_ROUTE: readonly FindingCode[] = [
  'INGRESS_BACKEND_SERVICE_MISSING',
  'INGRESS_BACKEND_PORT_MISSING',
  'INGRESS_CLASS_MISSING',
  'INGRESS_NO_CLASS',
  'INGRESS_TLS_HOST_NOT_IN_RULES',
];

const BY_OUTCOME: Readonly<Record<Trace['outcome']['type'], readonly FindingCode[]>> = {
  refused: NO_ENDPOINT,
  timeout: NO_ENDPOINT,
  dropped: [...NO_ENDPOINT, 'SVC_LOCAL_POLICY_NODES_WITHOUT_ENDPOINTS'],
  // A headless Service without ready endpoints has no A record; an ExternalName to an IP resolves to nothing.
  nxdomain: [...NO_ENDPOINT, 'SVC_EXTERNALNAME_IS_IP'],
  cname: ['SVC_EXTERNALNAME_IS_IP', 'SVC_EXTERNALNAME_WITH_PORTS'],
  'http-404': INGRESS_ROUTE,
  'http-status': [...INGRESS_ROUTE, ...NO_ENDPOINT],
  // Delivered, but maybe not answered: kube-proxy forwards to a port no container declares, or a pod of
  // another workload answers, or a named port exists on some pods only.
  delivered: ['SVC_TARGETPORT_NOT_EXPOSED', 'SVC_SELECTOR_MATCHES_MULTIPLE_APPS', 'SVC_NAMED_TARGETPORT_MISSING', 'SVC_HEADLESS_PORT_REMAP'],
  'delivered-outside': ['SVC_TARGETPORT_IGNORED_WITHOUT_SELECTOR', 'SVC_PORT_NAME_MISMATCH_ENDPOINTS'],
  'delivered-host': [],
};

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function findingsBehind(trace: Trace, findings: readonly Diagnostic[], cluster: Cluster): Diagnostic[] {
  const codes = new Set<string>(BY_OUTCOME[trace.outcome.type]);
  if (codes.size === 0) return [];
  const objects = objectsOf(trace, cluster);
  // A delivery is qualified only by what is likely wrong; "cannot check" notes would tag every request.
  const delivered = trace.outcome.type.startsWith('delivered');
  return findings
    .filter((finding) => codes.has(finding.code) && !(delivered && finding.severity === 'info'))
    .filter((finding) => finding.object !== undefined && objects.has(keyOf(finding.object.kind, finding.object.namespace, finding.object.name)))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function keyOf(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}/${namespace ?? ''}/${name}`;
}

/** The user's objects the request went through: its Service, and for a URL the Ingresses serving its host and their backends. */
function objectsOf(trace: Trace, cluster: Cluster): Set<string> {
  const objects = new Set<string>();
  const addService = (namespace: string, name: string): void => {
    objects.add(keyOf('Service', namespace, name));
    objects.add(keyOf('Endpoints', namespace, name));
  };
  const service = trace.service ?? serviceNamed(trace, cluster);
  if (service) addService(service.namespace, service.name);

  const target = parseTarget(trace.request.target);
  if (target.type === 'url') {
    const host = target.host;
    for (const ingress of cluster.ingresses) {
      if (ingress.meta.system) continue;
      const rules = ingress.rules.filter((rule) => rule.host === '' || hostMatches(rule.host, host));
      const servesHost = rules.length > 0 || (ingress.defaultBackend !== undefined && ingress.rules.length === 0);
      if (!servesHost) continue;
      objects.add(keyOf('Ingress', ingress.meta.namespace, ingress.meta.name));
      const backends = [...rules.flatMap((rule) => rule.paths.map((path) => path.backend)), ...(ingress.defaultBackend ? [ingress.defaultBackend] : [])];
      for (const backend of backends) if (backend.type === 'service') addService(ingress.meta.namespace, backend.serviceName);
    }
  }
  return objects;
}

/**
 * The Service a DNS-name target names, when the trace ended before reaching one (a headless name with no
 * address): `name`, `name.namespace` or `name.namespace.svc…`, in the source pod's namespace by default.
 */
function serviceNamed(trace: Trace, cluster: Cluster): { namespace: string; name: string } | undefined {
  const target = parseTarget(trace.request.target);
  if (target.type !== 'name') return undefined;
  const [name, namespace] = target.name.toLowerCase().split('.');
  if (!name) return undefined;
  const source = trace.request.source;
  const ns = namespace ?? (source.type === 'pod' ? source.namespace : 'default');
  const found = cluster.services.find((s) => s.meta.name === name && s.meta.namespace === ns);
  return found ? { namespace: ns, name } : undefined;
}

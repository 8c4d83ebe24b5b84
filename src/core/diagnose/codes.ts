/**
 * Every code diagnoseCluster can emit, with a one-line summary. Codes are stable: tests, docs and users'
 * scripts refer to them. Severity is decided per finding (the same mistake can be certain or a guess),
 * so it is not fixed here.
 */
export const FINDING_CODES = {
  SVC_SELECTOR_MATCHES_NOTHING: 'The selector matches no pod in the Service’s namespace.',
  SVC_SELECTED_PODS_NOT_RUNNING: 'The selector matches pods, but none of them is running with an IP.',
  SVC_SELECTOR_MATCHES_MULTIPLE_APPS: 'The selector picks pods of two or more workloads.',
  SVC_TARGETPORT_NOT_EXPOSED: 'A numeric targetPort no selected container declares.',
  SVC_NAMED_TARGETPORT_MISSING: 'A named targetPort some or all selected pods do not have.',
  SVC_ALL_ENDPOINTS_UNREADY: 'The Service has endpoints, but none is ready.',
  SVC_NO_ENDPOINTS: 'A Service without selector and without Endpoints or EndpointSlices.',
  SVC_PORT_NAME_MISMATCH_ENDPOINTS: 'A selector-less Service port with no Endpoints port of the same name.',
  SVC_TARGETPORT_IGNORED_WITHOUT_SELECTOR: 'Without a selector the Endpoints’ port is used, not targetPort.',
  SVC_LOCAL_POLICY_NODES_WITHOUT_ENDPOINTS: 'A Local traffic policy, and nodes with no local endpoint.',
  SVC_EXTERNALNAME_WITH_PORTS: 'ExternalName ports are ignored: DNS only, no proxying.',
  SVC_EXTERNALNAME_IS_IP: 'externalName is an IP address: a CNAME to an IP does not resolve.',
  SVC_HEADLESS_WITH_AFFINITY: 'sessionAffinity has no effect on a headless Service.',
  SVC_HEADLESS_PORT_REMAP: 'A headless Service does not map port to targetPort.',
  ENDPOINTS_WITHOUT_SERVICE: 'Endpoints or an EndpointSlice that no Service uses.',
  INGRESS_BACKEND_SERVICE_MISSING: 'An Ingress backend names a Service that does not exist in its namespace.',
  INGRESS_BACKEND_PORT_MISSING: 'An Ingress backend port is not a port of the Service.',
  INGRESS_CLASS_MISSING: 'The Ingress names a class no IngressClass has.',
  INGRESS_NO_CLASS: 'The Ingress has no class and there is no single default IngressClass.',
  INGRESS_TLS_HOST_NOT_IN_RULES: 'A TLS host no rule serves.',
  STATEFULSET_SERVICE_MISSING: 'spec.serviceName names no Service.',
  STATEFULSET_SERVICE_NOT_HEADLESS: 'spec.serviceName names a Service that is not headless.',
  STATEFULSET_SERVICE_DOES_NOT_SELECT_PODS: 'The governing Service does not select the StatefulSet’s pods.',
  DIAGNOSE_CHECK_FAILED: 'A check crashed on this input (a bug in svcscope); the other checks still ran.',
} as const;

export type FindingCode = keyof typeof FINDING_CODES;

import { generatedMeta } from './read/meta';
import type { IngressClass, Service, Workload } from './types';

/**
 * The ingress controller svcscope installs when the text has Ingresses but no controller: ingress-nginx
 * as minikube's ingress addon deploys it (namespace ingress-nginx, IngressClass `nginx` marked default),
 * behind a LoadBalancer Service. Not `system`: it is an add-on the user would see and reason about.
 */
export const INGRESS_NAMESPACE = 'ingress-nginx';
export const INGRESS_CONTROLLER_NAME = 'ingress-nginx-controller';
export const INGRESS_NGINX_CONTROLLER = 'k8s.io/ingress-nginx';
const LABELS = { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' };

export function ingressNginxClass(): IngressClass {
  const meta = generatedMeta('nginx', '', { 'app.kubernetes.io/name': 'ingress-nginx' }, -1);
  return { meta: { ...meta, annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } }, controller: INGRESS_NGINX_CONTROLLER, isDefault: true };
}

export function ingressNginxDeployment(): Workload {
  return {
    meta: generatedMeta(INGRESS_CONTROLLER_NAME, INGRESS_NAMESPACE, LABELS, -1),
    kind: 'Deployment',
    replicas: 1,
    selector: { matchLabels: LABELS, matchExpressions: [] },
    template: {
      labels: LABELS,
      annotations: {},
      spec: {
        containers: [
          {
            name: 'controller',
            image: 'registry.k8s.io/ingress-nginx/controller:v1.12.1',
            ports: [
              { name: 'http', containerPort: 80, protocol: 'TCP' },
              { name: 'https', containerPort: 443, protocol: 'TCP' },
            ],
          },
        ],
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        hostNetwork: false,
        enableServiceLinks: true,
        dnsPolicy: 'ClusterFirst',
      },
    },
  };
}

export function ingressNginxService(): Service {
  return {
    meta: generatedMeta(INGRESS_CONTROLLER_NAME, INGRESS_NAMESPACE, LABELS, -1),
    type: 'LoadBalancer',
    clusterIP: '',
    ports: [
      { name: 'http', protocol: 'TCP', port: 80, targetPort: 'http', nodePort: 0, appProtocol: 'http' },
      { name: 'https', protocol: 'TCP', port: 443, targetPort: 'https', nodePort: 0, appProtocol: 'https' },
    ],
    selector: LABELS,
    sessionAffinity: 'None',
    sessionAffinityTimeoutSeconds: 10800,
    externalTrafficPolicy: 'Local',
    internalTrafficPolicy: 'Cluster',
    healthCheckNodePort: 0,
    externalIPs: [],
    loadBalancerSourceRanges: [],
    loadBalancerIngressIPs: [],
    allocateLoadBalancerNodePorts: true,
    publishNotReadyAddresses: false,
  };
}

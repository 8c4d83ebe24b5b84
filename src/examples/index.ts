import { externalNameExample } from './externalname';
import { headlessStatefulSetExample } from './headless-statefulset';
import { httpdCrossNamespaceExample } from './httpd-cross-namespace';
import { ingressFanoutExample } from './ingress-fanout';
import { kubeProxyIpvsExample, kubeProxyIptablesExample } from './kube-proxy-modes';
import { loadBalancerClusterExample, loadBalancerLocalExample } from './loadbalancer';
import { multiPortExample } from './multi-port';
import { myappClusterIPExample } from './myapp-clusterip';
import { namedTargetPortExample } from './named-targetport';
import { nginxNodePortExample } from './nginx-nodeport';
import { selectorlessEndpointsExample } from './selectorless-endpoints';
import { sessionAffinityExample } from './session-affinity';
import type { Example } from './types';

export type { Example } from './types';

/**
 * Built-in scenarios, in menu order (simple first). The example menu, `?example=<id>`, the unit tests and
 * the e2e tests all read these same objects, so an example that stops working fails a test.
 */
export const EXAMPLES: readonly Example[] = [
  myappClusterIPExample,
  multiPortExample,
  namedTargetPortExample,
  nginxNodePortExample,
  httpdCrossNamespaceExample,
  selectorlessEndpointsExample,
  headlessStatefulSetExample,
  externalNameExample,
  loadBalancerClusterExample,
  loadBalancerLocalExample,
  sessionAffinityExample,
  ingressFanoutExample,
  kubeProxyIptablesExample,
  kubeProxyIpvsExample,
];

export const DEFAULT_EXAMPLE_ID = 'myapp-clusterip';

export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}

/**
 * The built-in example the text still is, untouched; null once edited. Shares, exports and lessons tell the
 * example's own story (title, file name, narration) only while it is exactly that example.
 */
export function exampleIdOfManifests(text: string): string | null {
  return EXAMPLES.find((example) => example.manifests === text)?.id ?? null;
}

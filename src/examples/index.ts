import type { ClusterSettings } from '../core';
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

/** kube-proxy's default mode (the core's DEFAULT_SETTINGS), written out: the page does not load the core. */
const DEFAULT_PROXY_MODE = 'iptables';

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
 * The built-in example the text and settings still are, untouched; null once edited. Shares, exports and
 * lessons tell the example's own story (title, file name, narration) only while it is exactly that example.
 * Two examples share their manifests and differ only in kube-proxy's mode (kube-proxy-iptables and -ipvs),
 * and an example's narration assumes its mode (iptables unless it says otherwise): so the settings in use
 * must agree with the example's. A setting not known (undefined) does not disagree.
 */
export function exampleIdOfManifests(text: string, settings: Partial<ClusterSettings> = {}): string | null {
  const agrees = (example: Example): boolean => {
    const wanted: Partial<ClusterSettings> = { proxyMode: DEFAULT_PROXY_MODE, ...example.settings };
    return Object.entries(wanted).every(([key, value]) => {
      const actual = settings[key as keyof ClusterSettings];
      return actual === undefined || actual === value;
    });
  };
  return EXAMPLES.find((example) => example.manifests === text && agrees(example))?.id ?? null;
}

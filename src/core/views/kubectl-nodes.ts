import type { Cluster, Ingress, Node } from '../model/types';
import { ageSeconds, humanDuration, lastOrder } from './age';
import { printTable } from './kubectl-table';

/** `kubectl get nodes`: NAME STATUS ROLES AGE VERSION, the kubelet at the simulated kube version. */
export function kubectlGetNodes(cluster: Cluster, nodes: readonly Node[] = cluster.nodes): string {
  const last = lastOrder(cluster);
  const version = `v${cluster.settings.kubeVersion}.0`;
  return printTable(
    ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
    nodes.map((n) => [
      n.name,
      n.ready ? 'Ready' : 'NotReady',
      n.controlPlane ? 'control-plane' : '<none>',
      humanDuration(ageSeconds(n.meta, last)),
      version,
    ]),
  );
}

/** printIngress's formatHosts: the first three hosts, `*` when none is named. */
function formatHosts(ingress: Ingress): string {
  const hosts: string[] = [];
  let more = false;
  for (const rule of ingress.rules) {
    if (hosts.length === 3) more = true;
    if (!more && rule.host !== '') hosts.push(rule.host);
  }
  if (hosts.length === 0) return '*';
  return more ? `${hosts.join(',')} + ${ingress.rules.length - 3} more...` : hosts.join(',');
}

/** `kubectl get ingress`: NAME CLASS HOSTS ADDRESS PORTS AGE. svcscope writes no Ingress status, so ADDRESS is empty. */
export function kubectlGetIngresses(cluster: Cluster, ingresses: readonly Ingress[] = cluster.ingresses): string {
  const last = lastOrder(cluster);
  return printTable(
    ['NAME', 'CLASS', 'HOSTS', 'ADDRESS', 'PORTS', 'AGE'],
    ingresses.map((i) => [i.meta.name, i.className ?? '<none>', formatHosts(i), '', i.tls.length > 0 ? '80, 443' : '80', humanDuration(ageSeconds(i.meta, last))]),
  );
}

import type { Cluster, Pod } from '../model/types';
import { ageSeconds, humanDuration, lastOrder } from './age';
import { printTable } from './kubectl-table';

export interface GetPodsOptions {
  readonly pods?: readonly Pod[];
  /** `-o wide`: IP NODE NOMINATED NODE READINESS GATES. */
  readonly wide?: boolean;
  /** `-A`: a NAMESPACE column first. */
  readonly allNamespaces?: boolean;
}

/** STATUS as printPod derives it from the phase, the containers' states and the deletion timestamp. */
export function podStatusColumn(pod: Pod): string {
  if (pod.terminating && pod.phase !== 'Succeeded' && pod.phase !== 'Failed') return 'Terminating';
  switch (pod.phase) {
    case 'Succeeded':
      return 'Completed';
    case 'Failed':
      return 'Error';
    default:
      return pod.phase;
  }
}

/** READY: ready containers / containers. svcscope's pods have all their containers ready, or none. */
export function podReadyColumn(pod: Pod): string {
  const total = Math.max(1, pod.spec.containers.length);
  const running = pod.phase === 'Running';
  return `${running && pod.ready ? total : 0}/${total}`;
}

/** `kubectl get pods [-A] [-o wide]`. Restarts are 0: svcscope's containers never crash. */
export function kubectlGetPods(cluster: Cluster, options: GetPodsOptions = {}): string {
  const last = lastOrder(cluster);
  const pods = options.pods ?? cluster.pods;
  const headers = [
    ...(options.allNamespaces ? ['NAMESPACE'] : []),
    'NAME',
    'READY',
    'STATUS',
    'RESTARTS',
    'AGE',
    ...(options.wide ? ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'] : []),
  ];
  const rows = pods.map((pod) => [
    ...(options.allNamespaces ? [pod.meta.namespace] : []),
    pod.meta.name,
    podReadyColumn(pod),
    podStatusColumn(pod),
    '0',
    humanDuration(ageSeconds(pod.meta, last)),
    ...(options.wide ? [pod.ip ?? '<none>', pod.nodeName ?? '<none>', '<none>', '<none>'] : []),
  ]);
  return printTable(headers, rows);
}

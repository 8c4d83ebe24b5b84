import type { Cluster, LabelSelector, Pod, Workload } from '../model/types';
import { ageSeconds, humanDuration, lastOrder } from './age';
import { formatLabels, printTable } from './kubectl-table';

/** metav1.FormatLabelSelector: requirements sorted by key, `k=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`. */
export function formatLabelSelector(selector: LabelSelector): string {
  const parts: { key: string; text: string }[] = Object.entries(selector.matchLabels).map(([key, value]) => ({ key, text: `${key}=${value}` }));
  for (const r of selector.matchExpressions) {
    const values = [...r.values].sort().join(',');
    const text = r.operator === 'In' ? `${r.key} in (${values})` : r.operator === 'NotIn' ? `${r.key} notin (${values})` : r.operator === 'Exists' ? r.key : `!${r.key}`;
    parts.push({ key: r.key, text });
  }
  parts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return parts.length === 0 ? '<none>' : parts.map((p) => p.text).join(',');
}

export function podsOfWorkload(cluster: Cluster, w: Workload): Pod[] {
  return cluster.pods.filter((p) => p.meta.namespace === w.meta.namespace && p.workload?.kind === w.kind && p.workload.name === w.meta.name);
}

/** What a workload's status counts: pods that exist (not terminating) and pods that are ready. */
function counts(cluster: Cluster, w: Workload): { current: number; ready: number } {
  const pods = podsOfWorkload(cluster, w).filter((p) => !p.terminating);
  return { current: pods.length, ready: pods.filter((p) => p.ready && p.phase === 'Running').length };
}

const containerCells = (w: Workload): string[] => [w.template.spec.containers.map((c) => c.name).join(','), w.template.spec.containers.map((c) => c.image).join(',')];

/**
 * `kubectl get deploy|rs|sts|ds -o wide` for one kind of workload, with that kind's columns. A ReplicaSet
 * row stands for a Deployment's ReplicaSet when `replicaSetOf` is set.
 */
export function kubectlGetWorkloads(cluster: Cluster, workloads: readonly Workload[], options: { readonly replicaSetOf?: boolean } = {}): string {
  const last = lastOrder(cluster);
  const kind = options.replicaSetOf ? 'ReplicaSet' : (workloads[0]?.kind ?? 'Deployment');
  const age = (w: Workload): string => humanDuration(ageSeconds(w.meta, last));
  const selector = (w: Workload): string =>
    options.replicaSetOf ? formatLabelSelector({ ...w.selector, matchLabels: { ...w.selector.matchLabels, 'pod-template-hash': w.podTemplateHash ?? '' } }) : formatLabelSelector(w.selector);
  switch (kind) {
    case 'Deployment':
      return printTable(
        ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR'],
        workloads.map((w) => {
          const c = counts(cluster, w);
          return [w.meta.name, `${c.ready}/${w.replicas}`, String(c.current), String(c.ready), age(w), ...containerCells(w), selector(w)];
        }),
      );
    case 'ReplicaSet':
      return printTable(
        ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR'],
        workloads.map((w) => {
          const c = counts(cluster, w);
          return [options.replicaSetOf ? (w.replicaSetName ?? w.meta.name) : w.meta.name, String(w.replicas), String(c.current), String(c.ready), age(w), ...containerCells(w), selector(w)];
        }),
      );
    case 'StatefulSet':
      return printTable(
        ['NAME', 'READY', 'AGE', 'CONTAINERS', 'IMAGES'],
        workloads.map((w) => [w.meta.name, `${counts(cluster, w).ready}/${w.replicas}`, age(w), ...containerCells(w)]),
      );
    case 'DaemonSet':
      return printTable(
        ['NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR'],
        workloads.map((w) => {
          const c = counts(cluster, w);
          const n = String(c.current);
          return [w.meta.name, n, n, String(c.ready), n, String(c.ready), formatLabels(w.template.spec.nodeSelector), age(w), ...containerCells(w), selector(w)];
        }),
      );
  }
}

import type { Cluster, ObjectMeta } from '../model/types';

/**
 * Simulated ages. svcscope has no clock: it says the text was applied one object a minute, in text order,
 * the last object five minutes ago. Objects a controller made (pods, ReplicaSets, Endpoints, EndpointSlices)
 * share the age of the object they were made for; what every cluster has before anything is applied
 * (Nodes, default/kubernetes, kube-dns, CoreDNS) is as old as the cluster, 30 days.
 */
export const LAST_OBJECT_AGE_MINUTES = 5;
export const CLUSTER_AGE_SECONDS = 30 * 24 * 3600;
/** The simulated "now", so that creationTimestamp and AGE tell the same story. */
export const SIMULATED_NOW_MS = Date.UTC(2025, 0, 6, 9, 0, 0);

/** The highest source order of anything in the cluster: the object applied last. */
export function lastOrder(cluster: Cluster): number {
  let last = 0;
  const metas: readonly (readonly { readonly meta: ObjectMeta }[])[] = [cluster.services, cluster.workloads, cluster.pods, cluster.ingresses, cluster.nodes];
  for (const list of metas) for (const item of list) last = Math.max(last, item.meta.source.order);
  for (const other of cluster.others) last = Math.max(last, other.source.order);
  return last;
}

export function ageSeconds(meta: ObjectMeta, last: number): number {
  const order = meta.source.order;
  if (order < 0) return CLUSTER_AGE_SECONDS;
  return (LAST_OBJECT_AGE_MINUTES + Math.max(0, last - order)) * 60;
}

export function creationTimestamp(meta: ObjectMeta, last: number): string {
  return simulatedTimestamp(-ageSeconds(meta, last));
}

/** A moment relative to the simulated now (a pod's deletionTimestamp is now + its grace period). */
export function simulatedTimestamp(offsetSeconds: number): string {
  return new Date(SIMULATED_NOW_MS + offsetSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** apimachinery's duration.HumanDuration, what kubectl prints in AGE columns: `6s`, `7m22s`, `13m`, `17h`, `42d`. */
export function humanDuration(totalSeconds: number): string {
  const seconds = Math.floor(totalSeconds);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.floor(seconds / 3600);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const days = Math.floor(hours / 24) % 365;
    const years = Math.floor(hours / 24 / 365);
    return days === 0 ? `${years}y` : `${years}y${days}d`;
  }
  return `${Math.floor(hours / 24 / 365)}y`;
}

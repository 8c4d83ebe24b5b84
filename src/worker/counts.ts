import type { Cluster, Diagnostic } from '../core';
import type { ClusterCounts } from '../protocol';

/** The status line's numbers. Objects every cluster has (kube-dns, CoreDNS) are not the user's, so not counted. */
export function countCluster(cluster: Cluster, diagnostics: readonly Diagnostic[] = cluster.diagnostics): ClusterCounts {
  const pods = cluster.pods.filter((pod) => !pod.meta.system);
  return {
    nodes: cluster.nodes.length,
    pods: pods.length,
    readyPods: pods.filter((pod) => pod.ready).length,
    services: cluster.services.filter((service) => !service.meta.system).length,
    workloads: cluster.workloads.filter((workload) => !workload.meta.system).length,
    ingresses: cluster.ingresses.length,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

import type { Cluster } from '../model/types';

/** The JSON the CLI's `graph` command prints (documented in the README); a stable, compact view of the cluster. */
export interface ClusterSummary {
  readonly pods: readonly {
    namespace: string;
    name: string;
    ip: string | null;
    nodeName: string | null;
    ready: boolean;
    labels: Readonly<Record<string, string>>;
  }[];
  readonly services: readonly {
    namespace: string;
    name: string;
    type: string;
    clusterIP: string;
    ports: readonly { name: string; port: number; targetPort: number | string; nodePort: number | null; protocol: string }[];
    endpoints: readonly { ip: string; port: number | null; podName: string | null; nodeName: string | null; ready: boolean }[];
  }[];
  readonly diagnostics: readonly { code: string; severity: string; message: string; line: number | null; column: number | null }[];
}

export function summarizeCluster(cluster: Cluster, options: { includeSystem?: boolean } = {}): ClusterSummary {
  const keep = (system: boolean): boolean => options.includeSystem === true || !system;
  return {
    pods: cluster.pods
      .filter((p) => keep(p.meta.system))
      .map((p) => ({
        namespace: p.meta.namespace,
        name: p.meta.name,
        ip: p.ip ?? null,
        nodeName: p.nodeName ?? null,
        ready: p.ready,
        labels: p.meta.labels,
      })),
    services: cluster.services
      .filter((s) => keep(s.meta.system))
      .map((s) => {
        const eps = cluster.endpoints.find((e) => e.meta.namespace === s.meta.namespace && e.meta.name === s.meta.name);
        return {
          namespace: s.meta.namespace,
          name: s.meta.name,
          type: s.type,
          clusterIP: s.clusterIP,
          ports: s.ports.map((p) => ({ name: p.name, port: p.port, targetPort: p.targetPort, nodePort: p.nodePort || null, protocol: p.protocol })),
          endpoints: (eps?.subsets ?? []).flatMap((subset) =>
            [...subset.addresses.map((a) => ({ a, ready: true })), ...subset.notReadyAddresses.map((a) => ({ a, ready: false }))].flatMap(({ a, ready }) => {
              const base = { ip: a.ip, podName: a.targetRef?.kind === 'Pod' ? a.targetRef.name : null, nodeName: a.nodeName ?? null, ready };
              const ports: (number | null)[] = subset.ports.length === 0 ? [null] : subset.ports.map((p) => p.port);
              return ports.map((port) => ({ ...base, port }));
            }),
          ),
        };
      }),
    diagnostics: cluster.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, line: d.line ?? null, column: d.column ?? null })),
  };
}

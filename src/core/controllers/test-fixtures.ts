/**
 * Manifests for the controller tests, written the way users paste them. Pods carry a status (as
 * `kubectl get pod -o yaml` prints it) so that the cluster builder takes them as they are: IP, node,
 * phase, readiness and deletionTimestamp are exactly what the test says.
 */
export interface PodOptions {
  readonly labels?: string;
  readonly namespace?: string;
  readonly ready?: boolean;
  readonly phase?: string;
  /** null: no podIP in the status. */
  readonly ip?: string | null;
  readonly node?: string;
  readonly terminating?: boolean;
  /** Container ports, flow style: `[{name: http, containerPort: 8080}]`. */
  readonly ports?: string;
  readonly hostname?: string;
  readonly subdomain?: string;
}

export function podYaml(name: string, o: PodOptions = {}): string {
  const ip = o.ip === null ? '' : `  podIP: ${o.ip ?? '10.244.1.250'}\n`;
  return `---
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: ${o.namespace ?? 'default'}
  labels: ${o.labels ?? '{app: web}'}
${o.terminating ? '  deletionTimestamp: "2024-05-01T10:00:00Z"\n' : ''}spec:
  nodeName: ${o.node ?? 'node1'}
${o.hostname ? `  hostname: ${o.hostname}\n` : ''}${o.subdomain ? `  subdomain: ${o.subdomain}\n` : ''}  containers:
  - name: main
    image: app
    ports: ${o.ports ?? '[]'}
status:
  phase: ${o.phase ?? 'Running'}
${ip}  conditions:
  - {type: Ready, status: "${o.ready === false ? 'False' : 'True'}"}
`;
}

/** A Service (labelled team: blue) with the given spec lines. */
export function serviceYaml(name: string, spec: string, namespace = 'default'): string {
  const indented = spec
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\n  labels: {team: blue}\nspec:\n${indented}\n`;
}

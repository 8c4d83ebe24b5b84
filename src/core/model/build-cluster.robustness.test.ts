import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph/build-graph';
import { summarizeCluster } from '../graph/summarize';
import { buildCluster } from './build-cluster';
import type { Cluster } from './types';

/** Pieces of YAML, Kubernetes words and hostile syntax, to glue into texts that are almost manifests. */
// prettier-ignore
const FRAGMENTS = [
  '\n', '  ', '- ', ': ', '---\n', '...\n', '{', '}', '[', ']', ', ', '"', "'", '#', '| ', '> ', '? ', '&a ', '*a', '<<: ',
  '!!str ', '!!binary ', '!custom ', '%YAML 1.2\n', '\t', '\r\n', '~', 'null', 'true', '0x1F', '1e400', '-0', '__proto__', 'constructor',
  'apiVersion: v1\n', 'apiVersion: apps/v1\n', 'kind: Service\n', 'kind: Deployment\n', 'kind: Pod\n', 'kind: List\n', 'items:\n',
  'metadata:\n', '  name: web\n', 'spec:\n', '  ports:\n', '  - port: 80\n', '    targetPort: http\n', '  selector: {app: web}\n',
  'replicas: 3\n', 'clusterIP: None\n', 'type: NodePort\n', 'nodePort: 30080\n', 'status:\n', 'podIP: 10.244.1.5\n', 'containers:\n',
];
const yamlish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));

// prettier-ignore
const KINDS = ['Service', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Pod', 'Endpoints', 'EndpointSlice', 'Ingress', 'IngressClass', 'Node', 'Namespace', 'ConfigMap', 'List'];
// prettier-ignore
const FIELDS = [
  'name', 'namespace', 'labels', 'annotations', 'port', 'targetPort', 'nodePort', 'protocol', 'selector', 'matchLabels', 'matchExpressions', 'ports',
  'containers', 'containerPort', 'replicas', 'type', 'clusterIP', 'clusterIPs', 'template', 'spec', 'metadata', 'status', 'podIP', 'phase',
  'conditions', 'items', 'kind', 'apiVersion', 'subsets', 'addresses', 'notReadyAddresses', 'ip', 'externalName', 'sessionAffinity',
  'sessionAffinityConfig', 'hostname', 'subdomain', 'nodeName', 'nodeSelector', 'hostNetwork', 'rules', 'http', 'paths', 'backend', 'service',
  'number', 'serviceName', 'servicePort', 'loadBalancerSourceRanges', 'externalIPs', 'healthCheckNodePort', 'externalTrafficPolicy',
  'deletionTimestamp', 'ownerReferences', 'endpoints', 'ready', 'taints', 'effect', '__proto__', 'toString',
];
const scalar = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom('web', 'http', 'TCP', 'UDP', 'None', 'ClientIP', 'Local', 'NodePort', 'LoadBalancer', 'ExternalName', '10.96.0.10', '10.244.1.5', 'True'),
  fc.integer({ min: -10, max: 70_000 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...FIELDS), tie('value'), { maxKeys: 5 }),
  ),
}));
const object = fc.record(
  {
    apiVersion: fc.constantFrom('v1', 'apps/v1', 'apps/v1beta1', 'extensions/v1beta1', 'networking.k8s.io/v1', 'discovery.k8s.io/v1', 'x.io/v9'),
    kind: fc.constantFrom(...KINDS),
    metadata: fc.record(
      {
        name: fc.oneof(fc.constantFrom('web', 'db', 'kube-dns', 'kubernetes'), fc.string({ maxLength: 6 })),
        namespace: fc.constantFrom('default', 'kube-system', 'shop'),
        labels: value,
      },
      { requiredKeys: [] },
    ),
    spec: value,
    status: value,
    items: fc.array(value, { maxLength: 2 }),
    subsets: value,
  },
  { requiredKeys: ['kind'] },
);
const objectsText = fc.tuple(fc.array(object, { maxLength: 6 }), fc.constantFrom('yaml', 'json', 'list')).map(([objects, style]) => {
  if (style === 'json') return objects.map((o) => JSON.stringify(o)).join('\n---\n');
  if (style === 'list') return dump({ apiVersion: 'v1', kind: 'List', items: objects }, { skipInvalid: true });
  return objects.map((o) => dump(o, { skipInvalid: true })).join('---\n');
});

const VALID = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx
        ports:
        - {name: http, containerPort: 8080}
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: NodePort
  selector:
    app: web
  ports:
  - name: http
    port: 80
    targetPort: http
    nodePort: 30080
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  replicas: 2
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
      - name: db
        image: postgres
---
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  clusterIP: None
  selector: {app: db}
  ports:
  - port: 5432
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  rules:
  - host: shop.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service: {name: web, port: {number: 80}}
`;
const mutation = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'insert', 'replace', 'indent', 'dedent', 'swap', 'truncate'),
  at: fc.nat(),
  text: fc.constantFrom(...FRAGMENTS),
});
function mutate(text: string, mutations: readonly { op: string; at: number; text: string }[]): string {
  const lines = text.split('\n');
  for (const m of mutations) {
    const i = m.at % lines.length;
    const line = lines[i] ?? '';
    switch (m.op) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, line);
        break;
      case 'insert':
        lines[i] = line.slice(0, m.at % (line.length + 1)) + m.text + line.slice(m.at % (line.length + 1));
        break;
      case 'replace':
        lines[i] = m.text.replace(/\n/g, '');
        break;
      case 'indent':
        lines[i] = `  ${line}`;
        break;
      case 'dedent':
        lines[i] = line.replace(/^ {1,2}/, '');
        break;
      case 'swap':
        lines.splice(i, 1, lines[(i + 1) % lines.length] ?? '');
        break;
      case 'truncate':
        lines.length = Math.max(1, i);
        break;
    }
    if (lines.length === 0) lines.push('');
  }
  return lines.join('\n');
}

/** Every located diagnostic points inside the text. */
function expectSaneDiagnostics(cluster: Cluster, text: string): void {
  const lineCount = text.split('\n').length;
  for (const d of cluster.diagnostics) {
    expect(d.code).toMatch(/^[A-Z_]+$/);
    expect(d.message.length).toBeGreaterThan(0);
    if (d.line !== undefined) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.line).toBeLessThanOrEqual(lineCount);
      expect(d.column ?? 0).toBeGreaterThanOrEqual(1);
    }
  }
}

function expectSaneGraph(cluster: Cluster): void {
  for (const includeSystem of [false, true]) {
    const graph = buildGraph(cluster, { includeSystem });
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(ids.size).toBe(graph.nodes.length);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
    for (const e of graph.edges) expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
  }
}

describe('buildCluster never throws', { timeout: 60_000 }, () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectSaneDiagnostics(buildCluster(text), text);
      }),
      { numRuns: 300 },
    );
  });

  it('on texts glued from YAML syntax and Kubernetes words', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const cluster = buildCluster(text);
        expectSaneDiagnostics(cluster, text);
        expectSaneGraph(cluster);
        summarizeCluster(cluster);
      }),
      { numRuns: 400 },
    );
  });

  it('on arbitrary JSON-ish objects of Kubernetes kinds, written as YAML, JSON or a List', () => {
    fc.assert(
      fc.property(objectsText, (text) => {
        const cluster = buildCluster(text);
        expectSaneDiagnostics(cluster, text);
        expectSaneGraph(cluster);
      }),
      { numRuns: 300 },
    );
  });

  it('on random edits of a valid manifest', () => {
    expect(buildCluster(VALID).diagnostics).toEqual([]);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const text = mutate(VALID, mutations);
        const cluster = buildCluster(text);
        expectSaneDiagnostics(cluster, text);
        expectSaneGraph(cluster);
      }),
      { numRuns: 300 },
    );
  });
});

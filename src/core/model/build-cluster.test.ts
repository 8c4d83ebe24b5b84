import { describe, expect, it } from 'vitest';
import { hasErrors } from '../diagnostics';
import { myappClusterIP } from '../../examples/myapp-clusterip';
import { buildCluster } from './build-cluster';
import type { Cluster } from './types';

const user = <T extends { meta: { system: boolean; namespace: string } }>(items: readonly T[]): T[] =>
  items.filter((i) => !i.meta.system && i.meta.namespace !== 'ingress-nginx');
const codes = (cluster: Cluster): string[] => cluster.diagnostics.map((d) => d.code);

describe('buildCluster on the built-in myapp example', () => {
  const cluster = buildCluster(myappClusterIP);

  it('reads without a diagnostic', () => {
    expect(cluster.diagnostics).toEqual([]);
  });

  it('runs 3 ready myapp pods behind a ClusterIP Service 38080 → 8080', () => {
    expect(user(cluster.pods)).toHaveLength(3);
    const svc = cluster.services.find((s) => s.meta.name === 'myapp');
    expect(svc).toMatchObject({
      type: 'ClusterIP',
      ports: [{ port: 38080, targetPort: 8080, protocol: 'TCP' }],
    });
    const eps = cluster.endpoints.find((e) => e.meta.name === 'myapp');
    expect(eps?.subsets).toHaveLength(1);
    expect(eps?.subsets[0]?.ports).toEqual([{ name: '', port: 8080, protocol: 'TCP' }]);
    expect(eps?.subsets[0]?.addresses.map((a) => a.ip).sort()).toEqual(
      user(cluster.pods)
        .map((p) => p.ip)
        .sort(),
    );
  });
});

describe('kinds and apiVersions', () => {
  it('keeps kinds it does not simulate in cluster.others with an info KIND_NOT_SIMULATED, never an error', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings, namespace: shop}\ndata: {a: b}\n---\napiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: tls}\n';
    const cluster = buildCluster(text);
    expect(cluster.others).toEqual([
      {
        kind: 'ConfigMap',
        apiVersion: 'v1',
        namespace: 'shop',
        name: 'settings',
        source: { location: { line: 1, column: 1 }, order: 0 },
      },
      {
        kind: 'Certificate',
        apiVersion: 'cert-manager.io/v1',
        namespace: '',
        name: 'tls',
        source: { location: { line: 6, column: 1 }, order: 1 },
      },
    ]);
    expect(cluster.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['KIND_NOT_SIMULATED', 'info', 1],
      ['KIND_NOT_SIMULATED', 'info', 6],
    ]);
    expect(hasErrors(cluster.diagnostics)).toBe(false);
    expect(cluster.namespaces).toContain('shop');
  });

  it('skips a simulated kind in a version no Kubernetes serves, with the kubectl wording', () => {
    const cluster = buildCluster('apiVersion: apps/v2\nkind: Deployment\nmetadata: {name: web}\n');
    expect(cluster.workloads.some((w) => w.meta.name === 'web')).toBe(false);
    expect(cluster.diagnostics).toEqual([
      expect.objectContaining({
        code: 'API_VERSION_UNKNOWN',
        severity: 'error',
        line: 1,
        column: 1,
        message: 'no matches for kind "Deployment" in version "apps/v2"; Deployment "web" was skipped.',
      }),
    ]);
  });

  it('reads an apps/v1beta1 Deployment without selector the way the API server did: selector = template labels, with warnings', () => {
    const text = `apiVersion: apps/v1beta1
kind: Deployment
metadata:
  name: legacy
spec:
  replicas: 2
  template:
    metadata:
      labels: {app: legacy, tier: web}
    spec:
      containers: [{name: c, image: x, ports: [{containerPort: 8080}]}]
---
apiVersion: v1
kind: Service
metadata: {name: legacy}
spec:
  selector: {app: legacy}
  ports: [{port: 80, targetPort: 8080}]
`;
    const cluster = buildCluster(text);
    expect(cluster.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['API_VERSION_LEGACY', 'warning'],
      ['SELECTOR_DEFAULTED', 'warning'],
    ]);
    expect(cluster.workloads.find((w) => w.meta.name === 'legacy')?.selector).toEqual({
      matchLabels: { app: 'legacy', tier: 'web' },
      matchExpressions: [],
    });
    expect(cluster.endpoints.find((e) => e.meta.name === 'legacy')?.subsets[0]?.addresses).toHaveLength(2);
  });

  it('requires a selector in apps/v1, still using the template labels to draw the picture', () => {
    const cluster = buildCluster(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: c}]}\n',
    );
    expect(cluster.diagnostics).toEqual([
      expect.objectContaining({
        code: 'WORKLOAD_SELECTOR_MISSING',
        severity: 'error',
        message: "spec.selector: Required value (Deployment web); svcscope used the pod template's labels.",
      }),
    ]);
  });

  it('reads an extensions/v1beta1 Ingress with serviceName/servicePort, with a warning', () => {
    const text = `apiVersion: extensions/v1beta1
kind: Ingress
metadata: {name: shop}
spec:
  backend: {serviceName: fallback, servicePort: 80}
  rules:
  - host: shop.example.com
    http:
      paths:
      - path: /api
        backend: {serviceName: api, servicePort: http}
`;
    const cluster = buildCluster(text);
    expect(cluster.diagnostics.map((d) => [d.code, d.severity])).toEqual([['API_VERSION_LEGACY', 'warning']]);
    const ingress = cluster.ingresses.find((i) => i.meta.name === 'shop');
    expect(ingress?.rules).toEqual([
      {
        host: 'shop.example.com',
        paths: [
          {
            path: '/api',
            pathType: 'ImplementationSpecific',
            backend: {
              type: 'service',
              serviceName: 'api',
              port: { name: 'http' },
            },
          },
        ],
      },
    ]);
    expect(ingress?.defaultBackend).toEqual({
      type: 'service',
      serviceName: 'fallback',
      port: { number: 80 },
    });
  });

  it('requires pathType in networking.k8s.io/v1', () => {
    const text =
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: shop}\nspec:\n  rules:\n  - http:\n      paths:\n      - path: /\n        backend: {service: {name: web, port: {number: 80}}}\n';
    const cluster = buildCluster(text);
    expect(cluster.diagnostics.find((d) => d.code === 'INGRESS_INVALID')?.message).toBe(
      'The Ingress "shop" is invalid: spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified',
    );
    expect(cluster.ingresses[0]?.rules[0]?.paths[0]?.backend).toEqual({
      type: 'service',
      serviceName: 'web',
      port: { number: 80 },
    });
  });
});

describe('duplicates and namespaces', () => {
  const svc = (name: string, port: number, namespace?: string): string =>
    `---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ''}spec:\n  ports: [{port: ${port}}]\n`;

  it('keeps the later of two objects with the same kind, namespace and name, as kubectl apply does, and warns', () => {
    const cluster = buildCluster(svc('web', 80) + svc('web', 81));
    expect(user(cluster.services).map((s) => [s.meta.name, s.ports[0]?.port])).toEqual([['web', 81]]);
    expect(cluster.diagnostics).toEqual([
      expect.objectContaining({
        code: 'DUPLICATE_OBJECT',
        severity: 'warning',
        line: 9,
        message: 'Service "web" appears twice (lines 2 and 9); the later one wins, as with kubectl apply.',
      }),
    ]);
  });

  it('treats a missing namespace as default for duplicates', () => {
    expect(codes(buildCluster(svc('web', 80) + svc('web', 81, 'default')))).toEqual(['DUPLICATE_OBJECT']);
  });

  it('does not count the same name in another namespace or of another kind as a duplicate', () => {
    const cluster = buildCluster(
      `${svc('web', 80)}${svc('web', 80, 'staging')}---\napiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec: {containers: [{name: c}]}\n`,
    );
    expect(cluster.diagnostics).toEqual([]);
    expect(user(cluster.services).map((s) => `${s.meta.namespace}/${s.meta.name}`)).toEqual(['default/web', 'staging/web']);
  });

  it('puts objects without a namespace in default and lists every namespace seen', () => {
    const cluster = buildCluster(`${svc('web', 80)}${svc('api', 80, 'shop')}---\napiVersion: v1\nkind: Namespace\nmetadata: {name: empty}\n`);
    expect(user(cluster.services).map((s) => s.meta.namespace)).toEqual(['default', 'shop']);
    expect(cluster.namespaces).toEqual(expect.arrayContaining(['default', 'empty', 'kube-node-lease', 'kube-public', 'kube-system', 'shop']));
    expect([...cluster.namespaces].sort()).toEqual(cluster.namespaces);
  });
});

describe('system objects', () => {
  it('every cluster has default/kubernetes → the API server at 6443 and kube-system/kube-dns → CoreDNS', () => {
    const cluster = buildCluster('');
    const kubernetes = cluster.services.find((s) => s.meta.name === 'kubernetes');
    expect(kubernetes).toMatchObject({
      clusterIP: '10.96.0.1',
      ports: [{ name: 'https', port: 443, targetPort: 6443 }],
      meta: { system: true, namespace: 'default' },
    });
    expect(cluster.endpoints.find((e) => e.meta.name === 'kubernetes')?.subsets).toEqual([
      {
        addresses: [{ ip: '192.168.49.2' }],
        notReadyAddresses: [],
        ports: [{ name: 'https', port: 6443, protocol: 'TCP' }],
      },
    ]);
    const dns = cluster.services.find((s) => s.meta.name === 'kube-dns');
    expect(dns?.ports.map((p) => `${p.name}:${p.port}/${p.protocol}`)).toEqual(['dns:53/UDP', 'dns-tcp:53/TCP', 'metrics:9153/TCP']);
    expect(cluster.endpoints.find((e) => e.meta.name === 'kube-dns')?.subsets[0]?.addresses).toHaveLength(2);
  });

  it('are left out with systemObjects: false', () => {
    const cluster = buildCluster('', { systemObjects: false });
    expect(cluster.services).toEqual([]);
    expect(cluster.pods).toEqual([]);
    expect(cluster.dnsServiceIP).toBe('');
  });

  it('are not added twice when the text has them (a dump)', () => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata: {name: kube-dns, namespace: kube-system}\nspec:\n  clusterIP: 10.96.0.10\n  selector: {k8s-app: kube-dns}\n  ports: [{name: dns, port: 53, protocol: UDP}]\n';
    const cluster = buildCluster(text);
    expect(cluster.services.filter((s) => s.meta.name === 'kube-dns')).toHaveLength(1);
    expect(cluster.services.find((s) => s.meta.name === 'kube-dns')?.meta.system).toBe(false);
    expect(cluster.dnsServiceIP).toBe('10.96.0.10');
  });
});

describe('never throws', () => {
  it('on empty, blank, or hostile text it returns a cluster and diagnostics', () => {
    for (const text of ['', '   \n\n', '{', '- - - -', 'kind: [', '\u0000\u0001', '!!binary AAAA', ':::', 'a: !custom tag']) {
      const cluster = buildCluster(text);
      expect(cluster.nodes.length, JSON.stringify(text)).toBeGreaterThan(0);
    }
  });
});

describe('hostile pastes', () => {
  it('a 20 MB paste is refused with INPUT_TOO_LARGE in well under a second, and the empty cluster is still drawn', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  blob: ${'x'.repeat(20 * 1024 * 1024)}\n`;
    const started = performance.now();
    const cluster = buildCluster(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(codes(cluster)).toEqual(['INPUT_TOO_LARGE']);
    expect(cluster.nodes).toHaveLength(4);
  });

  it('a billion-laughs alias bomb gives YAML_ALIAS_EXPANSION quickly, and the other documents are still read', () => {
    const levels = 'abcdefghi'.split('');
    const bomb = levels
      .map((name, i) => `${name}: &${name} [${Array.from({ length: 9 }, () => (i === 0 ? '"lol"' : `*${levels[i - 1] ?? ''}`)).join(',')}]`)
      .join('\n');
    const started = performance.now();
    const cluster = buildCluster(`${bomb}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ports: [{port: 80}]\n`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(codes(cluster)).toEqual(['YAML_ALIAS_EXPANSION']);
    expect(user(cluster.services).map((s) => s.meta.name)).toEqual(['web']);
  });

  it('an absurd replicas count is capped with a warning instead of exhausting memory', () => {
    const text =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 5000000000\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: c}]}\n';
    const cluster = buildCluster(text, { workerCount: 1 });
    expect(cluster.diagnostics).toEqual([
      expect.objectContaining({
        code: 'REPLICAS_CAPPED',
        severity: 'warning',
        line: 5,
        message: 'spec.replicas is 5000000000; svcscope simulates at most 5000 pods of one workload.',
      }),
    ]);
    expect(user(cluster.pods)).toHaveLength(5000);
  });
});

describe('IngressClass', () => {
  it('an Ingress without a class gets the one default IngressClass', () => {
    const text = `apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: traefik
  annotations: {ingressclass.kubernetes.io/is-default-class: "true"}
spec: {controller: traefik.io/ingress-controller}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: shop}
spec:
  defaultBackend: {service: {name: web, port: {number: 80}}}
`;
    // Without system objects, so that no add-on controller brings a class of its own.
    expect(buildCluster(text, { systemObjects: false }).ingresses.find((i) => i.meta.name === 'shop')?.className).toBe('traefik');
  });

  it('the legacy kubernetes.io/ingress.class annotation wins over spec.ingressClassName', () => {
    const text = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  annotations: {kubernetes.io/ingress.class: nginx}
spec:
  ingressClassName: haproxy
  defaultBackend: {service: {name: web, port: {number: 80}}}
`;
    expect(buildCluster(text).ingresses[0]?.className).toBe('nginx');
  });
});

import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../model/build-cluster';
import { buildDnsRecords } from './records';
import { renderDnsRecords } from './render';
import { resolveName } from './resolve';

const STATEFULSET = `
apiVersion: v1
kind: Service
metadata: {name: nginx}
spec:
  clusterIP: None
  selector: {app: nginx}
  ports: [{name: web, port: 80}]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  serviceName: nginx
  replicas: 2
  selector: {matchLabels: {app: nginx}}
  template:
    metadata: {labels: {app: nginx}}
    spec:
      containers: [{name: nginx, image: nginx, ports: [{name: web, containerPort: 80}]}]
`;

const DOCS_VECTOR = `
apiVersion: v1
kind: Namespace
metadata: {name: test}
---
apiVersion: v1
kind: Service
metadata: {name: data, namespace: prod}
spec:
  selector: {app: data}
  ports: [{port: 5432}]
---
apiVersion: v1
kind: Service
metadata: {name: billing, namespace: test}
spec:
  type: ExternalName
  externalName: billing.example.com.
`;

describe('DNS from manifests', () => {
  it('serves the kubeadm system Services', () => {
    const out = renderDnsRecords(buildDnsRecords(buildCluster('')));
    expect(out).toContain('kubernetes.default.svc.cluster.local. 30 IN A 10.96.0.1');
    expect(out).toContain('kube-dns.kube-system.svc.cluster.local. 30 IN A 10.96.0.10');
    expect(out).toContain('_dns._udp.kube-dns.kube-system.svc.cluster.local. 30 IN SRV 0 100 53 kube-dns.kube-system.svc.cluster.local.');
    expect(out).toContain('10.0.96.10.in-addr.arpa. 30 IN PTR kube-dns.kube-system.svc.cluster.local.');
  });

  it('names StatefulSet pods under their headless Service', () => {
    const cluster = buildCluster(STATEFULSET);
    const web0 = cluster.pods.find((p) => p.meta.name === 'web-0');
    const r = resolveName(cluster, { name: 'web-0.nginx', pod: { namespace: 'default', dnsPolicy: 'ClusterFirst', hostNetwork: false } });
    expect(r.result).toMatchObject({ type: 'answer', addresses: [web0?.ip] });
    const srv = resolveName(cluster, { name: '_web._tcp.nginx.default.svc.cluster.local.', type: 'SRV' });
    const targets = srv.result.type === 'answer' ? srv.result.records.map((s) => (s.type === 'SRV' ? s.target : '')) : [];
    expect(targets).toEqual(['web-0.nginx.default.svc.cluster.local.', 'web-1.nginx.default.svc.cluster.local.']);
  });

  it('walks the docs vector from a pod in namespace test', () => {
    const cluster = buildCluster(DOCS_VECTOR);
    const ip = cluster.services.find((s) => s.meta.name === 'data')?.clusterIP;
    const ask = (name: string) => resolveName(cluster, { name, pod: { namespace: 'test', dnsPolicy: 'ClusterFirst', hostNetwork: false } });
    expect(ask('data').result.type).toBe('nxdomain');
    expect(ask('data.prod').result).toMatchObject({ type: 'answer', addresses: [ip] });
    expect(ask('data.prod.svc.cluster.local').result).toMatchObject({ type: 'answer', addresses: [ip] });
    expect(ask('billing').result).toMatchObject({ type: 'external', host: 'billing.example.com' });
  });
});

import { describe, expect, it } from 'vitest';
import { buildCluster } from '../model/build-cluster';
import { dnsNamesFor } from './dns-names';

const text = `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80}, {name: metrics, port: 9090}]
---
apiVersion: v1
kind: Service
metadata: {name: solo}
spec:
  selector: {app: web}
  ports: [{port: 8080}]
---
apiVersion: v1
kind: Service
metadata: {name: db}
spec:
  clusterIP: None
  selector: {app: db}
  ports: [{name: sql, port: 5432}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: 1
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: db, image: postgres}]}
---
apiVersion: v1
kind: Pod
metadata: {name: lonely, labels: {app: none}}
spec:
  hostname: lonely
  subdomain: nowhere
  containers: [{name: c, image: busybox}]
`;

describe('dnsNamesFor', () => {
  const cluster = buildCluster(text);
  const web = cluster.services.find((s) => s.meta.name === 'web');

  it('gives a Service its A record and an SRV record per named port only', () => {
    const names = dnsNamesFor(cluster, { kind: 'Service', namespace: 'default', name: 'web' });
    expect(names).toContain(`web.default.svc.cluster.local. 30 IN A ${web?.clusterIP}`);
    expect(names).toContain('_http._tcp.web.default.svc.cluster.local. 30 IN SRV 0 100 80 web.default.svc.cluster.local.');
    expect(names.filter((n) => n.includes(' SRV '))).toHaveLength(2);
    const solo = dnsNamesFor(cluster, { kind: 'Service', namespace: 'default', name: 'solo' });
    expect(solo.some((n) => n.startsWith('solo.default.svc.cluster.local. 30 IN A '))).toBe(true);
    expect(solo.filter((n) => n.includes(' SRV '))).toEqual([]);
  });

  it('gives a headless Service one A record per ready pod, and its pods hostname.subdomain names', () => {
    const ip = cluster.pods.find((p) => p.meta.name === 'db-0')?.ip ?? '';
    expect(ip).toMatch(/^10\.244\./);
    const names = dnsNamesFor(cluster, { kind: 'Service', namespace: 'default', name: 'db' });
    expect(names).toContain(`db.default.svc.cluster.local. 30 IN A ${ip}`);
    const podNames = dnsNamesFor(cluster, { kind: 'Pod', namespace: 'default', name: 'db-0' });
    expect(podNames).toContain(`${ip.split('.').join('-')}.default.pod.cluster.local. 30 IN A ${ip}`);
    expect(podNames).toContain(`db-0.db.default.svc.cluster.local. 30 IN A ${ip}`);
    expect(podNames).toContain(`${ip.split('.').reverse().join('.')}.in-addr.arpa. 30 IN PTR db-0.db.default.svc.cluster.local.`);
  });

  it('says when a pod\'s hostname.subdomain is not served because no Service of that name selects it', () => {
    const names = dnsNamesFor(cluster, { kind: 'Pod', namespace: 'default', name: 'lonely' });
    expect(names.at(-1)).toBe('; lonely.nowhere.default.svc.cluster.local. is not served: no Service "nowhere" in default selects this pod');
  });

  it('gives Endpoints the names of their Service, and Nodes none', () => {
    expect(dnsNamesFor(cluster, { kind: 'Endpoints', namespace: 'default', name: 'web' })).toEqual(dnsNamesFor(cluster, { kind: 'Service', namespace: 'default', name: 'web' }));
    expect(dnsNamesFor(cluster, { kind: 'Node', name: 'node1' })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildCluster } from '../model/build-cluster';
import { createSimulationState } from './state';
import { CLIENT, endpointIPs, fromPod, podOf, serviceOf, unknownRuleRefs, WEB, yaml } from './test-fixtures';
import { traceRequest } from './trace';
import type { Trace } from './types';

const API = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: api}
spec:
  replicas: 2
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      containers: [{name: api, image: api, ports: [{containerPort: 9090}]}]
---
apiVersion: v1
kind: Service
metadata: {name: api}
spec:
  selector: {app: api}
  ports: [{port: 8080, targetPort: 9090}]
---
apiVersion: v1
kind: Service
metadata: {name: down}
spec:
  selector: {app: none}
  ports: [{port: 80}]`;

const SHOP = `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: shop}
spec:
  ingressClassName: nginx
  tls: [{hosts: [secure.example.com], secretName: secure-tls}]
  rules:
  - host: shop.example.com
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {name: http}}}}
      - {path: /api, pathType: Prefix, backend: {service: {name: api, port: {number: 8080}}}}
      - {path: /api/v2, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
      - {path: /exact, pathType: Exact, backend: {service: {name: api, port: {number: 8080}}}}
      - {path: /exact, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
      - {path: /down, pathType: Prefix, backend: {service: {name: down, port: {number: 80}}}}
  - host: "*.apps.example.com"
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: api, port: {number: 8080}}}}
  - host: secure.example.com
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}`;

const cluster = buildCluster(yaml(WEB, API, CLIENT, SHOP));
const outside = { type: 'external' } as const;
const nginx = podOf(cluster, 'ingress-nginx-controller', 'ingress-nginx');
const controller = serviceOf(cluster, 'ingress-nginx-controller', 'ingress-nginx');

function get(url: string, seed = 1): Trace {
  return traceRequest(cluster, { source: outside, target: url }, createSimulationState(seed));
}

function backendOf(trace: Trace): string | undefined {
  return trace.outcome.type === 'delivered' ? trace.service?.name : undefined;
}

describe('an HTTP request through an Ingress', () => {
  it.each([
    ['http://shop.example.com/', 'web'],
    ['http://shop.example.com/cart', 'web'],
    ['http://shop.example.com/api', 'api'],
    ['http://shop.example.com/api/orders?page=2', 'api'],
    ['http://shop.example.com/api/v2/items', 'web'],
    ['http://shop.example.com/apiary', 'web'],
    ['http://shop.example.com/exact', 'api'],
    ['http://shop.example.com/exact/', 'web'],
    ['http://a.apps.example.com/', 'api'],
    ['https://secure.example.com/', 'web'],
  ])('routes %s to %s (longest Prefix wins, Exact beats Prefix, * covers one label)', (url, service) => {
    const trace = get(url);
    expect(backendOf(trace)).toBe(service);
    expect(trace.hops.find((h) => h.kind === 'ingress')?.rule?.source).toBe('ingress');
  });

  it('answers 404 from the controller’s default backend when no host or path matches', () => {
    for (const url of ['http://other.example.com/', 'http://a.b.apps.example.com/', 'http://apps.example.com/']) {
      const trace = get(url);
      expect(trace.outcome.type).toBe('http-404');
      const ingress = trace.hops.find((h) => h.kind === 'ingress');
      expect(ingress?.rule?.text).toBe('ingress-nginx default backend: 404');
      expect(ingress?.after).toEqual(ingress?.before);
      expect(trace.hops[trace.hops.length - 1]).toMatchObject({ reply: true, at: 'client' });
    }
  });

  it('answers 503 when the backend Service has no endpoint', () => {
    const trace = get('http://shop.example.com/down/x');
    expect(trace.outcome).toMatchObject({ type: 'http-status', status: 503, reason: expect.stringContaining('default/down has no ready endpoints') });
  });

  it('redirects plain HTTP to https for a host with TLS', () => {
    expect(get('http://secure.example.com/').outcome).toMatchObject({ type: 'http-status', status: 308 });
  });

  it('reaches the controller through its LoadBalancer (Local: the node running it) and kube-proxy', () => {
    const trace = get('http://shop.example.com/');
    const cloud = trace.hops.find((h) => h.kind === 'cloud-lb');
    expect(cloud?.at).toBe('cloud-lb/ingress-nginx/ingress-nginx-controller');
    expect(cloud?.before.dst).toBe(`${controller.loadBalancerIngressIPs[0]}:80`);
    expect(trace.hops.find((h) => h.kind === 'route')?.node).toBe(nginx.nodeName);
    const dnat = trace.hops.find((h) => h.rule?.text.includes('-j DNAT'));
    expect(dnat?.after.dst).toBe(`${nginx.ip}:80`);
    expect(dnat?.before.src.split(':')[0]).toBe('203.0.113.10');
  });

  it('opens the second connection from the ingress-nginx pod straight to a backend pod, without kube-proxy', () => {
    const web = serviceOf(cluster, 'web');
    for (let seed = 1; seed <= 6; seed++) {
      const trace = get('http://shop.example.com/cart', seed);
      const index = trace.hops.findIndex((h) => h.kind === 'ingress');
      const ingress = trace.hops[index];
      expect(ingress?.before.dst).toBe(`${nginx.ip}:80`);
      expect(ingress?.after.src.split(':')[0]).toBe(nginx.ip);
      const [backendIP, backendPort] = (ingress?.after.dst ?? '').split(':');
      expect(endpointIPs(cluster, web)).toContain(backendIP);
      expect(backendPort).toBe('8080');
      const deliver = trace.hops.findIndex((h) => h.kind === 'deliver');
      const leg2 = trace.hops.slice(index + 1, deliver);
      expect(leg2.some((h) => /^KUBE-(SERVICES|SVC|SEP|EXT|NODEPORTS)/.test(h.rule?.chain ?? ''))).toBe(false);
      expect(leg2.every((h) => h.after.dst === ingress?.after.dst)).toBe(true);
      expect(trace.outcome).toMatchObject({ type: 'delivered', podIP: backendIP, port: 8080 });
      expect(trace.hops[deliver]?.before.src).toBe(ingress?.after.src);
      expect(trace.service).toEqual({ namespace: 'default', name: 'web', port: 80 });
      expect(unknownRuleRefs(cluster, trace)).toEqual([]);
    }
  });

  it('spreads requests over the backend endpoints round robin', () => {
    const state = createSimulationState(1);
    const pods = Array.from({ length: 4 }, () => traceRequest(cluster, { source: outside, target: 'http://shop.example.com/api' }, state).outcome).map((o) => (o.type === 'delivered' ? o.podName : o.type));
    expect(new Set(pods).size).toBe(2);
    expect(pods[2]).toBe(pods[0]);
    expect(pods[3]).toBe(pods[1]);
  });

  it('works for a pod inside the cluster too, short-circuited to the controller', () => {
    const trace = traceRequest(cluster, { source: fromPod(podOf(cluster, 'client')), target: 'http://shop.example.com/api' });
    expect(trace.hops.some((h) => h.kind === 'cloud-lb')).toBe(false);
    expect(trace.hops.some((h) => h.rule?.text.includes('pod traffic for ingress-nginx/ingress-nginx-controller:http external destinations'))).toBe(true);
    expect(backendOf(trace)).toBe('api');
    expect(trace.hops[trace.hops.length - 1]).toMatchObject({ reply: true, at: `pod/default/${podOf(cluster, 'client').meta.name}` });
  });
});

import { describe, expect, it } from 'vitest';
import { buildCluster } from '../model/build-cluster';
import type { ProxyMode } from '../model/types';
import { applyClusterEvent } from './events';
import { createSimulationState } from './state';
import { endpointIPs, fromPod, nodeIP, ODD, podOf, podsOf, serviceOf, unknownRuleRefs, WEB, yaml } from './test-fixtures';
import { traceRequest } from './trace';

const text = yaml(WEB, ODD);
const iptables = buildCluster(text);
const client = fromPod(podOf(iptables, 'web'));

describe('a Service without endpoints', () => {
  it('is REJECTed in the filter table in iptables mode, by name and by NodePort', () => {
    const byName = traceRequest(iptables, { source: client, target: 'empty' });
    const reject = byName.hops[byName.hops.length - 1];
    expect(reject).toMatchObject({ kind: 'filter', rule: { table: 'filter', chain: 'KUBE-SERVICES' } });
    expect(reject?.rule?.text).toMatch(/"default\/empty has no endpoints" .*-j REJECT --reject-with icmp-port-unreachable$/);
    expect(byName.outcome).toMatchObject({ type: 'refused', reason: expect.stringContaining('default/empty has no endpoints') });
    expect(byName.hops.some((h) => h.rule?.table === 'nat' && h.rule.chain?.startsWith('KUBE-SVC-'))).toBe(false);

    const byNodePort = traceRequest(iptables, { source: { type: 'external' }, target: `${nodeIP(iptables, 'node1')}:30999` });
    expect(byNodePort.hops[byNodePort.hops.length - 1]?.rule).toMatchObject({ chain: 'KUBE-EXTERNAL-SERVICES', text: expect.stringContaining('--dport 30999 -j REJECT') });
    expect(byNodePort.outcome.type).toBe('refused');
  });

  it('is refused after its Deployment is scaled to 0, and with replicas: 0 in the text', () => {
    const scaled = applyClusterEvent(iptables, { type: 'scale', namespace: 'default', name: 'web', replicas: 0 });
    if (!scaled.ok) throw new Error(scaled.reason);
    const fromNode = traceRequest(scaled.cluster, { source: { type: 'node', name: 'node1' }, target: `${serviceOf(scaled.cluster, 'web').clusterIP}:80` });
    expect(fromNode.outcome).toMatchObject({ type: 'refused', reason: expect.stringContaining('default/web:http has no endpoints') });
    const zero = buildCluster(yaml(WEB.replace('replicas: 3', 'replicas: 0'), ODD));
    const trace = traceRequest(zero, { source: { type: 'node', name: 'node2' }, target: `${serviceOf(zero, 'web').clusterIP}:80` });
    expect(trace.outcome.type).toBe('refused');
  });

  it('is rejected in nftables mode through the no-endpoint-services map', () => {
    const cluster = buildCluster(text, { proxyMode: 'nftables' });
    const trace = traceRequest(cluster, { source: fromPod(podOf(cluster, 'web')), target: 'empty' });
    expect(trace.hops[trace.hops.length - 1]?.rule).toMatchObject({ source: 'nftables', chain: 'service-endpoints-check', text: 'ip daddr . meta l4proto . th dport vmap @no-endpoint-services' });
    expect(trace.outcome.type).toBe('refused');
    expect(unknownRuleRefs(cluster, trace)).toEqual([]);
  });

  it('is answered port-unreachable by IPVS, whose virtual server has no real server', () => {
    const cluster = buildCluster(text, { proxyMode: 'ipvs' });
    const trace = traceRequest(cluster, { source: fromPod(podOf(cluster, 'web')), target: 'empty' });
    const last = trace.hops[trace.hops.length - 1];
    expect(last).toMatchObject({ kind: 'ipvs', rule: { source: 'ipvs', id: `TCP/${serviceOf(cluster, 'empty').clusterIP}:80` } });
    expect(last?.rule?.text.split('\n')).toHaveLength(1);
    expect(trace.outcome.type).toBe('refused');
  });
});

describe('a ClusterIP on a port the Service does not define', () => {
  const cases: readonly (readonly [ProxyMode, string])[] = [
    ['iptables', 'timeout'],
    ['nftables', 'refused'],
    ['ipvs', 'refused'],
  ];
  it.each(cases)('in %s mode ends %s', (mode, expected) => {
    const cluster = buildCluster(text, { proxyMode: mode });
    const ip = serviceOf(cluster, 'web').clusterIP;
    for (const source of [fromPod(podOf(cluster, 'web')), { type: 'node', name: 'node1' } as const]) {
      const trace = traceRequest(cluster, { source, target: `${ip}:81` });
      expect(trace.outcome.type).toBe(expected);
      expect(unknownRuleRefs(cluster, trace)).toEqual([]);
    }
  });

  it('in iptables mode matches no kube-proxy rule: the packet goes to the default route', () => {
    const trace = traceRequest(iptables, { source: client, target: `${serviceOf(iptables, 'web').clusterIP}:81` });
    expect(trace.hops.some((h) => h.rule?.chain?.startsWith('KUBE-SVC-'))).toBe(false);
    expect(trace.outcome).toMatchObject({ type: 'timeout', reason: expect.stringContaining('has no port 81/TCP') });
  });

  it('in nftables mode is rejected by cluster-ips-check, and an unallocated service address is dropped', () => {
    const cluster = buildCluster(text, { proxyMode: 'nftables' });
    const pod = fromPod(podOf(cluster, 'web'));
    const reject = traceRequest(cluster, { source: pod, target: `${serviceOf(cluster, 'web').clusterIP}:81` });
    expect(reject.hops[reject.hops.length - 1]?.rule).toMatchObject({ chain: 'cluster-ips-check', text: expect.stringContaining('ip daddr @cluster-ips reject') });
    const unallocated = traceRequest(cluster, { source: pod, target: '10.96.0.99:80' });
    expect(unallocated.outcome.type).toBe('dropped');
    expect(unallocated.hops[unallocated.hops.length - 1]?.rule?.text).toContain('drop');
    expect(traceRequest(iptables, { source: client, target: '10.96.0.99:80' }).outcome.type).toBe('timeout');
  });
});

describe('names that DNS answers without a ClusterIP', () => {
  it('resolves a headless Service to pod IPs and connects to the pod port with no kube-proxy translation', () => {
    const svc = serviceOf(iptables, 'web-headless');
    const picked = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const trace = traceRequest(iptables, { source: client, target: 'web-headless' }, createSimulationState(seed));
      const dns = trace.hops[0];
      expect(dns?.kind).toBe('dns');
      expect(dns?.rule?.text.match(/A 10\.244\.\d+\.\d+/g)).toHaveLength(3);
      expect(endpointIPs(iptables, svc)).toContain(dns?.after.dst);
      expect(trace.hops.some((h) => /^KUBE-(SERVICES|SVC|SEP|EXT|NODEPORTS)/.test(h.rule?.chain ?? ''))).toBe(false);
      expect(trace.hops.some((h) => h.rule?.text.includes('DNAT'))).toBe(false);
      expect(trace.outcome).toMatchObject({ type: 'delivered', podIP: dns?.after.dst, port: 8080 });
      if (trace.outcome.type === 'delivered') picked.add(trace.outcome.podName);
    }
    expect(picked.size).toBeGreaterThan(1);
  });

  it('answers an ExternalName Service with a CNAME and stops there', () => {
    const trace = traceRequest(iptables, { source: client, target: 'ext' });
    expect(trace.hops).toHaveLength(1);
    expect(trace.hops[0]).toMatchObject({ kind: 'dns', after: { dst: 'api.example.com' } });
    expect(trace.outcome).toEqual({ type: 'cname', target: 'api.example.com', reason: expect.stringContaining('CNAME to api.example.com') });
  });

  it('is NXDOMAIN for a Service of another namespace named without its namespace', () => {
    const trace = traceRequest(iptables, { source: client, target: 'data' });
    expect(trace.outcome).toMatchObject({ type: 'nxdomain', name: 'data' });
    expect(trace.hops[0]?.rule?.text).toContain('data.default.svc.cluster.local.');
    const qualified = traceRequest(iptables, { source: client, target: 'data.prod' });
    expect(qualified.hops[0]?.after.dst).toBe(serviceOf(iptables, 'data', 'prod').clusterIP);
  });

  it('is NXDOMAIN for a cluster name asked by a client outside the cluster', () => {
    expect(traceRequest(iptables, { source: { type: 'external' }, target: 'web' }).outcome.type).toBe('nxdomain');
  });
});

describe('endpoints that are not pods', () => {
  it('DNATs a selector-less Service to its manual Endpoints outside the cluster', () => {
    const trace = traceRequest(iptables, { source: client, target: 'legacy-db' });
    expect(trace.hops.find((h) => h.rule?.text.includes('-j DNAT'))?.rule?.text).toContain('--to-destination 192.0.2.44:5432');
    expect(trace.outcome).toMatchObject({ type: 'delivered-outside', ip: '192.0.2.44', port: 5432 });
    expect(trace.service).toEqual({ namespace: 'default', name: 'legacy-db', port: 5432 });
  });

  it.each(['iptables', 'ipvs', 'nftables'] as const)('delivers default/kubernetes to kube-apiserver on the control plane’s own address (%s)', (mode) => {
    const cluster = buildCluster(text, { proxyMode: mode });
    for (const pod of podsOf(cluster, 'web')) {
      const trace = traceRequest(cluster, { source: fromPod(pod), target: 'kubernetes' });
      expect(trace.outcome).toMatchObject({ type: 'delivered-host', nodeName: 'control-plane', ip: nodeIP(cluster, 'control-plane'), port: 6443 });
      expect(trace.hops.find((h) => h.kind === 'deliver')?.at).toBe('node/control-plane');
      const last = trace.hops[trace.hops.length - 1];
      expect(last).toMatchObject({ reply: true, at: `pod/default/${pod.meta.name}`, before: { src: '10.96.0.1:443' } });
    }
    const fromNode = traceRequest(cluster, { source: { type: 'node', name: 'control-plane' }, target: '10.96.0.1:443' });
    expect(fromNode.outcome.type).toBe('delivered-host');
  });

  it('delivers to a hostNetwork pod on the node address its endpoint has', () => {
    const agent = `
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      hostNetwork: true
      containers: [{name: agent, image: agent, ports: [{containerPort: 9100}]}]
---
apiVersion: v1
kind: Service
metadata: {name: agent}
spec:
  selector: {app: agent}
  ports: [{port: 9100}]`;
    const cluster = buildCluster(yaml(WEB, agent));
    for (let seed = 1; seed <= 5; seed++) {
      const trace = traceRequest(cluster, { source: fromPod(podOf(cluster, 'web')), target: 'agent' }, createSimulationState(seed));
      expect(trace.outcome.type).toBe('delivered');
      if (trace.outcome.type !== 'delivered') continue;
      expect(trace.outcome.podName.startsWith('agent-')).toBe(true);
      expect(trace.outcome.podIP).toBe(nodeIP(cluster, trace.outcome.nodeName));
    }
  });
});

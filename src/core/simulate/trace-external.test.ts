import { describe, expect, it } from 'vitest';
import { buildCluster } from '../model/build-cluster';
import { createSimulationState } from './state';
import { CLIENT, EDGE, endpointIPs, fromPod, nodeIP, podOf, podsOf, replyHopsOf, serviceOf, unknownRuleRefs, yaml } from './test-fixtures';
import { traceRequest } from './trace';

const cluster = buildCluster(yaml(EDGE, CLIENT));
const CLIENT_IP = '203.0.113.10';
const outside = { type: 'external' } as const;
const edgePods = podsOf(cluster, 'edge');
const lb = serviceOf(cluster, 'edge-lb');
const fw = serviceOf(cluster, 'edge-fw');
const lbIP = lb.loadBalancerIngressIPs[0] ?? '';
const fwIP = fw.loadBalancerIngressIPs[0] ?? '';

describe('a NodePort reached from outside the cluster', () => {
  it('with externalTrafficPolicy Cluster SNATs to the entry node and may cross to a pod on another node', () => {
    const node2 = nodeIP(cluster, 'node2');
    const trace = traceRequest(cluster, { source: outside, target: `${node2}:30081` });
    expect(trace.hops[1]).toMatchObject({ kind: 'route', node: 'node2', before: { dst: `${node2}:30081` } });
    expect(trace.hops.find((h) => h.rule?.chain === 'KUBE-NODEPORTS')?.rule?.text).toMatch(/^-A KUBE-NODEPORTS -p tcp -m comment --comment "default\/edge-cluster:http" -m tcp --dport 30081 -j KUBE-EXT-/);
    expect(trace.hops.find((h) => h.rule?.text.includes('masquerade traffic for default/edge-cluster:http external destinations'))).toBeDefined();
    const masq = trace.hops.find((h) => h.kind === 'masquerade');
    expect(masq).toMatchObject({ node: 'node2', before: { src: expect.stringMatching(/^203\.0\.113\.10:/) }, after: { src: expect.stringMatching(/^192\.168\.49\.4:/) } });
    // Both pods run on node1: the packet crosses the pod network after the SNAT.
    expect(trace.hops.find((h) => h.kind === 'route' && h.node === 'node1' && !h.reply)?.before.src).toBe(masq?.after.src);
    expect(trace.outcome).toMatchObject({ type: 'delivered', nodeName: 'node1' });
    expect(trace.hops.find((h) => h.kind === 'deliver')?.before.src.split(':')[0]).toBe(node2);
    expect(trace.service).toEqual({ namespace: 'default', name: 'edge-cluster', port: 80 });
    const conntrack = replyHopsOf(trace).find((h) => h.rule?.table === 'conntrack');
    expect(conntrack).toMatchObject({ node: 'node2', after: { src: `${node2}:30081`, dst: expect.stringMatching(/^203\.0\.113\.10:/) } });
  });

  it('with externalTrafficPolicy Local keeps the client address and uses only the local endpoints', () => {
    const node1 = nodeIP(cluster, 'node1');
    for (let seed = 1; seed <= 8; seed++) {
      const trace = traceRequest(cluster, { source: outside, target: `${node1}:30080` }, createSimulationState(seed));
      expect(trace.hops.some((h) => h.kind === 'masquerade')).toBe(false);
      expect(trace.hops.some((h) => h.rule?.chain?.startsWith('KUBE-SVL-'))).toBe(true);
      expect(trace.hops.find((h) => h.kind === 'deliver')?.before.src.split(':')[0]).toBe(CLIENT_IP);
      expect(trace.outcome).toMatchObject({ type: 'delivered', nodeName: 'node1' });
    }
  });

  it('with externalTrafficPolicy Local drops the connection on a node without a local endpoint', () => {
    const trace = traceRequest(cluster, { source: outside, target: `${nodeIP(cluster, 'node2')}:30080` });
    const drop = trace.hops[trace.hops.length - 1];
    expect(drop?.kind).toBe('filter');
    expect(drop?.rule?.text).toBe('-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/edge-local:http has no local endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30080 -j DROP');
    expect(trace.outcome.type).toBe('dropped');
    if (trace.outcome.type === 'dropped') expect(trace.outcome.reason).toContain('has no local endpoints');
  });

  it('routes a pod’s request for another node’s NodePort to that node, whose rules short-circuit pods to every endpoint', () => {
    const client = podOf(cluster, 'client');
    const trace = traceRequest(cluster, { source: fromPod(client), target: `${nodeIP(cluster, 'node2')}:30080` });
    expect(trace.hops.find((h) => h.kind === 'route' && h.node === 'node2')?.note).toContain("node2's own kube-proxy rules");
    expect(trace.hops.find((h) => h.rule?.text.includes('pod traffic for default/edge-local:http external destinations'))?.node).toBe('node2');
    expect(trace.hops.some((h) => h.kind === 'masquerade')).toBe(false);
    expect(trace.outcome).toMatchObject({ type: 'delivered', nodeName: 'node1' });
    expect(trace.hops.find((h) => h.kind === 'deliver')?.before.src.split(':')[0]).toBe(client.ip);
    const conntrack = replyHopsOf(trace).find((h) => h.rule?.table === 'conntrack');
    expect(conntrack?.node).toBe('node2');
    expect(replyHopsOf(trace).at(-1)?.before.src).toBe(`${nodeIP(cluster, 'node2')}:30080`);
  });

  it('lets a node reach its own Local NodePort with no local endpoint, masqueraded, through every endpoint', () => {
    const trace = traceRequest(cluster, { source: { type: 'node', name: 'node2' }, target: `${nodeIP(cluster, 'node2')}:30080` });
    expect(trace.hops.some((h) => h.rule?.text.includes('masquerade LOCAL traffic for default/edge-local:http external destinations'))).toBe(true);
    expect(trace.hops.some((h) => h.kind === 'masquerade')).toBe(true);
    expect(trace.outcome).toMatchObject({ type: 'delivered', nodeName: 'node1' });
  });

  it('refuses a port of a node that is no NodePort', () => {
    const trace = traceRequest(cluster, { source: outside, target: `${nodeIP(cluster, 'node1')}:31999` });
    expect(trace.outcome.type).toBe('refused');
  });

  it('cannot reach a ClusterIP from outside: it is not routed there and the connection times out', () => {
    const trace = traceRequest(cluster, { source: outside, target: `${serviceOf(cluster, 'edge-cluster').clusterIP}:80` });
    expect(trace.outcome.type).toBe('timeout');
    expect(trace.hops.map((h) => h.kind)).toEqual(['send']);
  });
});

describe('a LoadBalancer reached from outside the cluster', () => {
  it('goes through the cloud load balancer, which for Local only picks nodes with a ready local endpoint', () => {
    const chosen = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const trace = traceRequest(cluster, { source: outside, target: `${lbIP}:80` }, createSimulationState(seed));
      const cloud = trace.hops.find((h) => h.kind === 'cloud-lb');
      expect(cloud).toMatchObject({ at: 'cloud-lb/default/edge-lb', rule: { source: 'cloud', text: `${lbIP}:80 → nodes node1` } });
      expect(cloud?.after).toEqual(cloud?.before);
      const entry = trace.hops.find((h) => h.kind === 'route');
      chosen.add(entry?.node ?? '');
      expect(trace.hops.find((h) => h.rule?.chain === 'KUBE-SERVICES')?.rule?.text).toContain('"default/edge-lb:http loadbalancer IP"');
      expect(trace.hops.find((h) => h.kind === 'deliver')?.before.src.split(':')[0]).toBe(CLIENT_IP);
      expect(trace.outcome).toMatchObject({ type: 'delivered', nodeName: 'node1' });
    }
    expect([...chosen]).toEqual(['node1']);
  });

  it('does not send Local traffic to an unhealthy node even when asked to', () => {
    const trace = traceRequest(cluster, { source: outside, target: `${lbIP}:80`, viaNode: 'node2' });
    expect(trace.hops.find((h) => h.kind === 'route')?.node).toBe('node1');
  });

  it('spreads Cluster-policy traffic over the ready nodes and SNATs it on the node the balancer picked', () => {
    const allowed = { type: 'external', ip: '198.18.3.4' } as const;
    const nodes = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) {
      const trace = traceRequest(cluster, { source: allowed, target: `${fwIP}:8081` }, createSimulationState(seed));
      const entry = trace.hops.find((h) => h.kind === 'route');
      nodes.add(entry?.node ?? '');
      expect(trace.hops.find((h) => h.rule?.chain?.startsWith('KUBE-FW-'))?.rule?.text).toContain('-s 198.18.0.0/15');
      expect(trace.hops.find((h) => h.kind === 'masquerade')?.after.src.split(':')[0]).toBe(nodeIP(cluster, entry?.node ?? ''));
      expect(trace.outcome.type).toBe('delivered');
    }
    expect(nodes.size).toBeGreaterThan(1);
  });

  it('leaves out nodes labelled node.kubernetes.io/exclude-from-external-load-balancers', () => {
    const nodes = ['cp', 'w1', 'w2']
      .map(
        (name, i) => `apiVersion: v1
kind: Node
metadata:
  name: ${name}
  labels: {kubernetes.io/hostname: ${name}${name === 'cp' ? ', node-role.kubernetes.io/control-plane: "", node.kubernetes.io/exclude-from-external-load-balancers: ""' : ''}}
status:
  addresses: [{type: InternalIP, address: 10.0.0.${i + 2}}]`,
      )
      .join('\n---\n');
    const withNodes = buildCluster(yaml(nodes, EDGE.replace('nodeSelector: {kubernetes.io/hostname: node1}', 'nodeSelector: {kubernetes.io/hostname: w1}')));
    const ip = serviceOf(withNodes, 'edge-fw').loadBalancerIngressIPs[0] ?? '';
    const trace = traceRequest(withNodes, { source: { type: 'external', ip: '198.18.0.9' }, target: `${ip}:8081` });
    expect(trace.hops.find((h) => h.kind === 'cloud-lb')?.rule?.text).toBe(`${ip}:8081 → nodes w1, w2`);
  });

  it('blocks a client outside loadBalancerSourceRanges at the cloud firewall', () => {
    const trace = traceRequest(cluster, { source: outside, target: `${fwIP}:8081` });
    expect(trace.hops.map((h) => h.kind)).toEqual(['send', 'cloud-lb']);
    expect(trace.outcome).toMatchObject({ type: 'dropped', reason: expect.stringContaining('loadBalancerSourceRanges') });
  });

  it('blocks a pod outside loadBalancerSourceRanges in the node’s KUBE-PROXY-FIREWALL', () => {
    const trace = traceRequest(cluster, { source: fromPod(podOf(cluster, 'client')), target: `${fwIP}:8081` });
    expect(trace.hops.find((h) => h.rule?.chain?.startsWith('KUBE-FW-'))?.note).toContain('un-DNATed');
    const last = trace.hops[trace.hops.length - 1];
    expect(last?.rule?.chain).toBe('KUBE-PROXY-FIREWALL');
    expect(last?.rule?.text).toContain('-j DROP');
    expect(trace.outcome.type).toBe('dropped');
  });

  it('does not apply loadBalancerSourceRanges to the NodePort of the same Service', () => {
    const trace = traceRequest(cluster, { source: outside, target: `${nodeIP(cluster, 'node3')}:${fw.ports[0]?.nodePort ?? 0}` });
    expect(trace.outcome.type).toBe('delivered');
  });

  it('times out on a port the load balancer does not listen on', () => {
    const trace = traceRequest(cluster, { source: outside, target: `${lbIP}:81` });
    expect(trace.outcome.type).toBe('timeout');
  });

  it('treats an externalIP as an external destination: routed to a node, masqueraded, to an endpoint', () => {
    const trace = traceRequest(cluster, { source: outside, target: '192.0.2.50:8081' });
    expect(trace.hops[1]?.note).toContain('externalIP');
    expect(trace.hops.find((h) => h.rule?.chain === 'KUBE-SERVICES')?.rule?.text).toContain('"default/edge-fw:http external IP"');
    expect(trace.hops.some((h) => h.kind === 'masquerade')).toBe(true);
    expect(trace.outcome.type).toBe('delivered');
    if (trace.outcome.type === 'delivered') expect(endpointIPs(cluster, fw)).toContain(trace.outcome.podIP);
  });

  it('names only rules the nodes really have', () => {
    const targets = [`${lbIP}:80`, `${fwIP}:8081`, '192.0.2.50:8081', `${nodeIP(cluster, 'node1')}:30080`, `${nodeIP(cluster, 'node2')}:30080`, `${nodeIP(cluster, 'node3')}:30081`];
    const sources = [outside, { type: 'external', ip: '198.18.1.1' } as const, fromPod(podOf(cluster, 'client')), { type: 'node', name: 'node2' } as const, ...edgePods.map(fromPod)];
    const state = createSimulationState(5);
    for (const source of sources) for (const target of targets) expect(unknownRuleRefs(cluster, traceRequest(cluster, { source, target }, state))).toEqual([]);
  });
});

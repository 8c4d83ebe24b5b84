import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples';
import { buildCluster } from '../model/build-cluster';
import { createSimulationState } from './state';
import { endpointIPs, fromPod, nodeIP, podOf, podOn, podsOf, replyHopsOf, requestHops, serviceOf, unknownRuleRefs, WEB, yaml } from './test-fixtures';
import { traceRequest } from './trace';

const myappText = EXAMPLES.find((e) => e.id === 'myapp-clusterip')?.manifests ?? '';
const myapp = buildCluster(myappText);
const myappSvc = serviceOf(myapp, 'myapp');
const myappIPs = endpointIPs(myapp, myappSvc);

describe('a pod calling a ClusterIP Service (iptables mode)', () => {
  const client = podOf(myapp, 'myapp');

  it.each(['myapp', 'myapp.default', 'myapp.default.svc', 'myapp.default.svc.cluster.local', 'myapp:38080'])('resolves %s to the ClusterIP and lands on an endpoint pod', (target) => {
    const trace = traceRequest(myapp, { source: fromPod(client), target });
    const dns = trace.hops.find((h) => h.kind === 'dns');
    expect(dns?.after.dst).toBe(myappSvc.clusterIP);
    expect(dns?.rule?.text).toContain(`myapp.default.svc.cluster.local. A: A ${myappSvc.clusterIP}`);
    expect(trace.outcome.type).toBe('delivered');
    if (trace.outcome.type !== 'delivered') return;
    expect(myappIPs).toContain(trace.outcome.podIP);
    expect(trace.outcome.port).toBe(8080);
    expect(trace.service).toEqual({ namespace: 'default', name: 'myapp', port: 38080 });
  });

  it('reaches the same chains by ClusterIP:port as by name, without a DNS hop', () => {
    const trace = traceRequest(myapp, { source: fromPod(client), target: `${myappSvc.clusterIP}:38080` });
    expect(trace.hops.some((h) => h.kind === 'dns')).toBe(false);
    expect(trace.hops[0]).toMatchObject({ kind: 'send', before: { dst: `${myappSvc.clusterIP}:38080` } });
    const chains = requestHops(trace).flatMap((h) => (h.rule ? [h.rule.chain?.replace(/-[A-Z2-7]{16}$/, '')] : []));
    expect(chains).toEqual(['KUBE-SERVICES', 'KUBE-SVC', 'KUBE-SEP', 'KUBE-POSTROUTING']);
  });

  it('DNATs in a KUBE-SEP chain to a pod of the Service, and that pod gets the packet', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const trace = traceRequest(myapp, { source: fromPod(client), target: 'myapp' }, createSimulationState(seed));
      const dnat = trace.hops.find((h) => h.rule?.text.includes('-j DNAT'));
      expect(dnat?.rule?.chain).toMatch(/^KUBE-SEP-[A-Z2-7]{16}$/);
      expect(dnat?.before.dst).toBe(`${myappSvc.clusterIP}:38080`);
      const [ip, port] = (dnat?.after.dst ?? '').split(':');
      expect(myappIPs).toContain(ip);
      expect(port).toBe('8080');
      expect(dnat?.rule?.text).toBe(`-A ${dnat?.rule?.chain} -p tcp -m comment --comment "default/myapp" -m tcp -j DNAT --to-destination ${ip}:8080`);
      expect(trace.outcome).toMatchObject({ type: 'delivered', podIP: ip, port: 8080 });
      const deliver = trace.hops.find((h) => h.kind === 'deliver');
      expect(deliver?.before.dst).toBe(`${ip}:8080`);
    }
  });

  it('keeps a pod source address: kube-proxy does not masquerade pod-to-ClusterIP traffic', () => {
    const trace = traceRequest(myapp, { source: fromPod(client), target: 'myapp' });
    expect(trace.hops.some((h) => h.kind === 'masquerade')).toBe(false);
    expect(trace.hops.some((h) => h.rule?.chain === 'KUBE-MARK-MASQ')).toBe(false);
    expect(trace.hops.find((h) => h.rule?.chain === 'KUBE-POSTROUTING')?.rule?.text).toBe('-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN');
    const deliver = trace.hops.find((h) => h.kind === 'deliver');
    expect(deliver?.before.src.split(':')[0]).toBe(client.ip);
  });

  it('marks and masquerades a node source, which is outside the pod CIDR', () => {
    const trace = traceRequest(myapp, { source: { type: 'node', name: 'node2' }, target: `${myappSvc.clusterIP}:38080` });
    const mark = trace.hops.find((h) => h.rule?.text.includes('-j KUBE-MARK-MASQ'));
    expect(mark?.rule?.text).toMatch(/^-A KUBE-SVC-[A-Z2-7]{16} ! -s 10\.244\.0\.0\/16 -d .* -j KUBE-MARK-MASQ$/);
    const masq = trace.hops.find((h) => h.kind === 'masquerade');
    expect(masq?.rule?.text).toBe('-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully');
    expect(masq?.after.src.split(':')[0]).toBe(nodeIP(myapp, 'node2'));
    expect(trace.hops.filter((h) => h.rule?.id === masq?.rule?.id)).toHaveLength(1);
    expect(trace.hops.find((h) => h.kind === 'deliver')?.before.src.split(':')[0]).toBe(nodeIP(myapp, 'node2'));
    expect(trace.outcome.type).toBe('delivered');
  });

  it('with --masquerade-all SNATs even a pod to its node address', () => {
    const cluster = buildCluster(myappText, { masqueradeAll: true });
    const pod = podOf(cluster, 'myapp');
    const trace = traceRequest(cluster, { source: fromPod(pod), target: 'myapp' });
    const masq = trace.hops.find((h) => h.kind === 'masquerade');
    expect(masq?.before.src.split(':')[0]).toBe(pod.ip);
    expect(masq?.after.src.split(':')[0]).toBe(nodeIP(cluster, pod.nodeName ?? ''));
  });

  it('masquerades a pod that reaches itself through its own Service (hairpin)', () => {
    const solo = buildCluster(WEB.replace('replicas: 3', 'replicas: 1'));
    const pod = podOf(solo, 'web');
    const svc = serviceOf(solo, 'web');
    const trace = traceRequest(solo, { source: fromPod(pod), target: 'web' });
    const hairpin = trace.hops.find((h) => h.rule?.text.includes(`-s ${pod.ip}/32`));
    expect(hairpin?.rule?.text).toMatch(new RegExp(`^-A KUBE-SEP-[A-Z2-7]{16} -s ${pod.ip?.replaceAll('.', '\\.')}/32 -m comment --comment "default/web:http" -j KUBE-MARK-MASQ$`));
    const masq = trace.hops.find((h) => h.kind === 'masquerade');
    expect(masq?.before.src.split(':')[0]).toBe(pod.ip);
    expect(masq?.after.src.split(':')[0]).toBe(nodeIP(solo, pod.nodeName ?? ''));
    expect(trace.outcome).toMatchObject({ type: 'delivered', podName: pod.meta.name });
    // The reply undoes both translations: the pod sees its own Service answer.
    const conntrack = replyHopsOf(trace).find((h) => h.rule?.table === 'conntrack');
    expect(conntrack?.after.src).toBe(`${svc.clusterIP}:80`);
    expect(conntrack?.after.dst.split(':')[0]).toBe(pod.ip);
    expect(conntrack?.note).toContain('un-DNAT');
    expect(conntrack?.note).toContain('un-SNAT');
  });

  it("reverses the DNAT in the reply's conntrack hop on the node that translated", () => {
    const from = podOn(myapp, 'myapp', 'node3');
    for (let seed = 1; seed <= 6; seed++) {
      const trace = traceRequest(myapp, { source: fromPod(from), target: 'myapp' }, createSimulationState(seed));
      if (trace.outcome.type !== 'delivered') throw new Error('not delivered');
      const replies = replyHopsOf(trace);
      const send = trace.hops.find((h) => h.kind === 'send');
      const deliver = trace.hops.find((h) => h.kind === 'deliver');
      // The pod answers the source it saw: the client, or the node's address after a hairpin masquerade.
      expect(replies[0]).toMatchObject({ at: `pod/default/${trace.outcome.podName}`, before: { src: `${trace.outcome.podIP}:8080`, dst: deliver?.before.src } });
      const conntrack = replies.find((h) => h.rule?.table === 'conntrack');
      expect(conntrack?.node).toBe('node3');
      expect(conntrack?.before.src).toBe(`${trace.outcome.podIP}:8080`);
      expect(conntrack?.after).toEqual({ src: `${myappSvc.clusterIP}:38080`, dst: send?.before.src });
      expect(conntrack?.rule?.text).toContain(`src=${from.ip} dst=${myappSvc.clusterIP}`);
      expect(replies[replies.length - 1]).toMatchObject({ at: `pod/default/${from.meta.name}`, before: { src: `${myappSvc.clusterIP}:38080` } });
    }
  });

  it('points every hop at a rule of the node’s iptables table, with the text iptables-save prints', () => {
    const cluster = buildCluster(yaml(myappText, WEB));
    const sources = [...podsOf(cluster, 'myapp').map(fromPod), { type: 'node' as const, name: 'node1' }, { type: 'node' as const, name: 'control-plane' }];
    const state = createSimulationState(3);
    for (const source of sources) {
      for (const target of ['myapp', 'web', 'kube-dns.kube-system:53', `${serviceOf(cluster, 'web').clusterIP}:80`]) {
        const trace = traceRequest(cluster, { source, target }, state);
        expect(unknownRuleRefs(cluster, trace)).toEqual([]);
      }
    }
  });

  it('orders hops in simulated time and reports the total as the duration', () => {
    const trace = traceRequest(myapp, { source: fromPod(client), target: 'myapp' });
    const times = trace.hops.map((h) => h.timeMs);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(trace.durationMs).toBeCloseTo(times[times.length - 1] ?? 0, 3);
    expect(trace.hops.filter((h) => h.reply).length).toBeGreaterThanOrEqual(3);
  });
});

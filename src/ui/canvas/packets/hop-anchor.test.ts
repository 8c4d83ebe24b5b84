import { describe, expect, it } from 'vitest';
import { EDGE, LOCAL_NODEPORT, MYAPP, NGINX_NODEPORT, firstPod, scenario } from '../../requests/test-traces';
import { anchorTrace, serviceInComment, serviceInNftChain, type AnchorLookup } from './hop-anchor';

const noLookup: AnchorLookup = { serviceAt: () => undefined };

/** The distinct places a packet visits, in order (first candidate of each anchor, repeats folded). */
function route(anchors: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const anchor of anchors) {
    const id = anchor[0] ?? '?';
    if (out[out.length - 1] !== id) out.push(id);
  }
  return out;
}

describe('hop anchors', () => {
  it('a ClusterIP request goes pod → its node → Service → Endpoints → the chosen pod, and the reply comes back through conntrack', () => {
    const s = scenario(MYAPP);
    const from = firstPod(s.graph, 'myapp-');
    const trace = s.trace({ type: 'pod', namespace: from.namespace, name: from.name }, 'myapp');
    if (trace.outcome.type !== 'delivered') throw new Error('expected a delivery');
    const target = `pod/default/${trace.outcome.podName}`;
    const visited = route(anchorTrace(trace, noLookup));
    const fromNode = `node/${trace.hops.find((h) => h.kind === 'send')?.node}`;
    expect(visited.slice(0, 4)).toEqual([from.id, fromNode, 'service/default/myapp', 'endpoints/default/myapp']);
    expect(visited).toContain(target);
    expect(visited[visited.length - 1]).toBe(from.id);
  });

  it('a pod anchor falls back to its Node when the pod is not drawn', () => {
    const s = scenario(MYAPP);
    const from = firstPod(s.graph, 'myapp-');
    const trace = s.trace({ type: 'pod', namespace: from.namespace, name: from.name }, 'myapp');
    const send = trace.hops.findIndex((h) => h.kind === 'send');
    expect(anchorTrace(trace, noLookup)[send]).toEqual([from.id, `node/${trace.hops[send]?.node}`]);
  });

  it('a NodePort request from outside enters the node, is SNATed there, and is delivered', () => {
    const s = scenario(NGINX_NODEPORT);
    const trace = s.trace({ type: 'external' }, '192.168.49.3:32143');
    const visited = route(anchorTrace(trace, noLookup));
    expect(visited.slice(0, 4)).toEqual(['client/external', 'node/node1', 'service/default/my-nginx-app', 'endpoints/default/my-nginx-app']);
    // The masquerade hop is drawn at the node that rewrote the source.
    const masquerade = trace.hops.findIndex((h) => h.kind === 'masquerade');
    expect(anchorTrace(trace, noLookup)[masquerade]?.[0]).toBe('node/node1');
  });

  it('a Local-policy drop ends at the Node without a local endpoint', () => {
    const s = scenario(LOCAL_NODEPORT);
    const withPod = s.graph.nodes.find((n) => n.kind === 'pod')?.parentId;
    const empty = s.graph.nodes.find((n) => n.kind === 'node' && n.id !== withPod && !n.details.includes('control-plane'));
    const trace = s.trace({ type: 'external' }, `${empty?.details[0]}:32143`);
    expect(trace.outcome.type).toBe('dropped');
    const anchors = anchorTrace(trace, noLookup);
    expect(anchors[anchors.length - 1]?.[0]).toBe(empty?.id);
  });

  it('a refusal for a Service without endpoints ends at the Service', () => {
    const s = scenario(MYAPP.replace('replicas: 3', 'replicas: 0'));
    const clusterIP = s.graph.nodes.find((n) => n.id === 'service/default/myapp')?.details[1];
    const trace = s.trace({ type: 'node', name: 'node1' }, `${clusterIP}:38080`);
    expect(trace.outcome.type).toBe('refused');
    const anchors = anchorTrace(trace, noLookup);
    expect(anchors[anchors.length - 1]?.[0]).toBe('service/default/myapp');
  });

  it('a Service folded into its namespace card is drawn at the card, before the node', () => {
    const s = scenario(MYAPP);
    const from = firstPod(s.graph, 'myapp-');
    const trace = s.trace({ type: 'pod', namespace: from.namespace, name: from.name }, 'myapp');
    const dnat = trace.hops.findIndex((h) => h.rule?.chain?.startsWith('KUBE-SEP-'));
    expect(anchorTrace(trace, noLookup)[dnat]).toEqual([
      'endpoints/default/myapp',
      'service/default/myapp',
      'namespace/default',
      `node/${trace.hops[dnat]?.node}`,
    ]);
  });

  it('a LoadBalancer request passes the load balancer, then a node', () => {
    const s = scenario(EDGE);
    const lbIP = s.graph.nodes.find((n) => n.id === 'loadbalancer/default/web')?.details[0];
    const trace = s.trace({ type: 'external' }, `${lbIP}:80`);
    expect(route(anchorTrace(trace, noLookup)).slice(0, 5)).toEqual([
      'client/external',
      'loadbalancer/default/web',
      expect.stringMatching(/^node\//),
      'service/default/web',
      'endpoints/default/web',
    ]);
  });

  it('IPVS names addresses, not Services: the lookup finds the Service behind the virtual server', () => {
    const s = scenario(MYAPP, { proxyMode: 'ipvs' });
    const from = firstPod(s.graph, 'myapp-');
    const trace = s.trace({ type: 'pod', namespace: from.namespace, name: from.name }, 'myapp');
    const lookup: AnchorLookup = { serviceAt: () => 'default/myapp' };
    const { service: _dropped, ...noService } = trace;
    const visited = route(anchorTrace(noService, lookup));
    expect(visited).toContain('service/default/myapp');
    expect(visited).toContain('endpoints/default/myapp');
  });

  it('nftables chains name their Service', () => {
    const s = scenario(MYAPP, { proxyMode: 'nftables' });
    const from = firstPod(s.graph, 'myapp-');
    const trace = s.trace({ type: 'pod', namespace: from.namespace, name: from.name }, 'myapp');
    const visited = route(anchorTrace(trace, noLookup));
    expect(visited).toContain('service/default/myapp');
    expect(visited).toContain('endpoints/default/myapp');
  });
});

describe('service names in rules', () => {
  it('reads NS/NAME from kube-proxy comments, port names and prose included', () => {
    expect(serviceInComment('-A KUBE-SVC-X -m comment --comment "default/web:http -> 10.244.1.3:8080" -j KUBE-SEP-Y')).toBe('default/web');
    expect(serviceInComment('-A KUBE-EXT-X -m comment --comment "masquerade traffic for default/web:http external destinations" -j KUBE-MARK-MASQ')).toBe(
      'default/web',
    );
    expect(
      serviceInComment(
        '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -j KUBE-NODEPORTS',
      ),
    ).toBeUndefined();
  });

  it('reads NS/NAME from nftables chain names', () => {
    expect(serviceInNftChain('endpoint-3QW5X22L-default/myapp/tcp/__10.244.2.35/8080')).toBe('default/myapp');
    expect(serviceInNftChain('services')).toBeUndefined();
  });
});

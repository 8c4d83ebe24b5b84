import { describe, expect, it } from 'vitest';
import type { PodStack } from '../../protocol';
import { findServiceByAddress, ingressURL, parsePortsLine, podStackIndex, readClusterTargets } from './cluster-targets';
import { EDGE, MYAPP, NGINX_NODEPORT, scenario } from './test-traces';

describe('cluster targets from the drawn graph', () => {
  it('reads a ClusterIP Service: address and port', () => {
    const targets = readClusterTargets(scenario(MYAPP).graph);
    const svc = targets.services.find((s) => s.name === 'myapp');
    expect(svc?.type).toBe('ClusterIP');
    expect(svc?.clusterIP).toMatch(/^10\.\d+\.\d+\.\d+$/);
    expect(svc?.ports).toEqual([{ port: 38080, protocol: 'TCP' }]);
  });

  it('reads a NodePort, the Nodes with their addresses, and which Node each pod runs on', () => {
    const targets = readClusterTargets(scenario(NGINX_NODEPORT).graph);
    expect(targets.services.find((s) => s.name === 'my-nginx-app')?.ports).toEqual([{ port: 80, nodePort: 32143, protocol: 'TCP' }]);
    expect(targets.nodes.find((n) => n.name === 'control-plane')).toMatchObject({ ip: '192.168.49.2', controlPlane: true });
    expect(targets.pods).toHaveLength(2);
    for (const pod of targets.pods) expect(pod.nodeName).toMatch(/^node\d$/);
    expect(targets.hasClient).toBe(true);
  });

  it('reads load balancer IPs and the URLs of Ingress rules that route to a Service', () => {
    const targets = readClusterTargets(scenario(EDGE).graph);
    const web = targets.services.find((s) => s.name === 'web');
    expect(web?.loadBalancerIPs).toHaveLength(1);
    expect(targets.services.find((s) => s.name === 'web-internal')?.ingressURLs).toEqual(['http://shop.example.com/api']);
  });

  it('finds the Service behind a ClusterIP, a load balancer IP, or a NodePort on any node', () => {
    const targets = readClusterTargets(scenario(EDGE).graph);
    const web = targets.services.find((s) => s.name === 'web');
    const nodePort = web?.ports[0]?.nodePort ?? 0;
    expect(findServiceByAddress(targets, web?.clusterIP ?? '', 80)?.name).toBe('web');
    expect(findServiceByAddress(targets, web?.loadBalancerIPs[0] ?? '', 80)?.name).toBe('web');
    expect(findServiceByAddress(targets, '192.168.49.4', nodePort)?.name).toBe('web');
    expect(findServiceByAddress(targets, '10.1.2.3', 80)).toBeUndefined();
  });

  it('pods folded into a stack are still sources, under their own names', () => {
    const graph = scenario(MYAPP).graph;
    const pods = graph.nodes.filter((n) => n.kind === 'pod');
    const first = pods[0];
    if (!first) throw new Error('fixture changed');
    const stack: PodStack = {
      id: 'stack/node1/default/Deployment/myapp',
      namespace: 'default',
      workload: { kind: 'Deployment', name: 'myapp' },
      nodeName: 'node1',
      podNames: ['a', 'b'],
      ready: 2,
      terminating: 0,
    };
    const stacked = { ...graph, nodes: graph.nodes.map((n) => (n.id === first.id ? { ...n, id: stack.id, label: 'myapp ×2' } : n)) };
    const targets = readClusterTargets(stacked, { [stack.id]: stack });
    expect(targets.pods.map((p) => p.id)).toEqual(expect.arrayContaining(['pod/default/a', 'pod/default/b']));
    expect(targets.pods.some((p) => p.id.startsWith('stack/'))).toBe(false);
    expect(podStackIndex({ [stack.id]: stack }).get('pod/default/b')).toBe(stack.id);
  });

  it('no graph, no targets', () => {
    expect(readClusterTargets(null)).toEqual({ services: [], nodes: [], pods: [], hasClient: false });
  });
});

describe('pieces of detail lines', () => {
  it('parses ports lines and refuses anything else', () => {
    expect(parsePortsLine('80:32384/TCP, 443:32382/TCP')).toEqual([
      { port: 80, nodePort: 32384, protocol: 'TCP' },
      { port: 443, nodePort: 32382, protocol: 'TCP' },
    ]);
    expect(parsePortsLine('53/UDP')).toEqual([{ port: 53, protocol: 'UDP' }]);
    expect(parsePortsLine('externalIP 1.2.3.4')).toBeNull();
  });

  it('turns Ingress route labels into URLs; a rule without host goes to the controller', () => {
    expect(ingressURL('shop.example.com/api', undefined)).toBe('http://shop.example.com/api');
    expect(ingressURL('*/static', '198.51.100.6')).toBe('http://198.51.100.6/static');
    expect(ingressURL('*/static', undefined)).toBeUndefined();
    expect(ingressURL('default', '198.51.100.6')).toBeUndefined();
  });
});

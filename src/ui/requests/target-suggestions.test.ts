import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { readClusterTargets } from './cluster-targets';
import { CLIENT_ID, defaultSource, effectiveSource, inClusterSource, sourceGroups, toTraceSource } from './request-source';
import { defaultTarget, serviceDnsName, serviceShortcuts, shortcutTitle, targetSuggestions } from './target-suggestions';
import { EDGE, MYAPP, NGINX_NODEPORT, scenario } from './test-traces';

const english = createI18n('en').getFixedT('en', 'requests');
const chinese = createI18n('zh').getFixedT('zh', 'requests');

describe('sources', () => {
  it('graph ids become trace sources', () => {
    expect(toTraceSource(CLIENT_ID)).toEqual({ type: 'external' });
    expect(toTraceSource('node/node1')).toEqual({ type: 'node', name: 'node1' });
    expect(toTraceSource('pod/default/web-1')).toEqual({ type: 'pod', namespace: 'default', name: 'web-1' });
    expect(toTraceSource('service/default/web')).toBeNull();
  });

  it('a scaled-away pod is no longer a source: the first pod takes its place, then a worker Node', () => {
    const targets = readClusterTargets(scenario(MYAPP).graph);
    expect(effectiveSource('pod/default/gone', targets)).toBe(targets.pods[0]?.id);
    const noPods = readClusterTargets(scenario(MYAPP.replace('replicas: 3', 'replicas: 0')).graph);
    expect(defaultSource(noPods)).toBe('node/node1');
    expect(effectiveSource(CLIENT_ID, noPods)).toBe(CLIENT_ID);
  });

  it('lists the outside client, then Nodes, then pods', () => {
    const groups = sourceGroups(readClusterTargets(scenario(MYAPP).graph), '203.0.113.10');
    expect(groups.map((g) => g.label)).toEqual(['Outside the cluster', 'Nodes', 'Pods']);
    expect(groups[0]?.options[0]?.label).toBe('client 203.0.113.10');
  });

  it('names the groups and the client in Chinese; Node and pod names stay', () => {
    const targets = readClusterTargets(scenario(MYAPP).graph);
    const groups = sourceGroups(targets, '203.0.113.10', chinese);
    expect(groups.map((g) => g.label)).toEqual(['集群外', 'Node', 'Pod']);
    expect(groups[0]?.options[0]?.label).toBe('客户端 203.0.113.10');
    expect(groups[2]?.options.map((o) => o.label)).toEqual(sourceGroups(targets, '203.0.113.10', english)[2]?.options.map((o) => o.label));
    expect(sourceGroups(targets, undefined, chinese)[0]?.options[0]?.label).toBe('客户端');
  });
});

describe('destinations', () => {
  it('suggests every way into a NodePort Service, one NodeIP:nodePort per node', () => {
    const suggestions = targetSuggestions(readClusterTargets(scenario(NGINX_NODEPORT).graph)).map((s) => s.value);
    expect(suggestions).toContain('my-nginx-app');
    expect(suggestions.filter((v) => v.endsWith(':32143'))).toEqual(['192.168.49.2:32143', '192.168.49.3:32143', '192.168.49.4:32143', '192.168.49.5:32143']);
    expect(suggestions.some((v) => /^10\.\d+\.\d+\.\d+:80$/.test(v))).toBe(true);
  });

  it('offers ClusterIP from inside, and NodePort, LoadBalancer and Ingress from the outside client', () => {
    const targets = readClusterTargets(scenario(EDGE).graph);
    const web = targets.services.find((s) => s.name === 'web');
    const internal = targets.services.find((s) => s.name === 'web-internal');
    if (!web || !internal) throw new Error('fixture changed');
    const shortcuts = serviceShortcuts(web, targets, CLIENT_ID);
    expect(shortcuts.map((s) => s.kind)).toEqual(['ClusterIP', 'NodePort', 'LoadBalancer']);
    expect(shortcuts.find((s) => s.kind === 'ClusterIP')?.source).toMatch(/^pod\//);
    expect(shortcuts.find((s) => s.kind === 'NodePort')).toMatchObject({ source: CLIENT_ID, target: expect.stringMatching(/^192\.168\.49\.3:\d+$/) });
    expect(serviceShortcuts(internal, targets, CLIENT_ID).find((s) => s.kind === 'Ingress')?.target).toBe('http://shop.example.com/api');
  });

  it('keeps an in-cluster source for ClusterIP shortcuts', () => {
    const targets = readClusterTargets(scenario(MYAPP).graph);
    expect(inClusterSource('node/node2', targets)).toBe('node/node2');
  });

  it('the first destination is the Service by name from a pod, and by an address a Node or the client can use', () => {
    const targets = readClusterTargets(scenario(NGINX_NODEPORT).graph);
    expect(defaultTarget(targets, 'pod/default/x')).toBe('my-nginx-app');
    expect(defaultTarget(targets, 'node/node1')).toMatch(/^10\.\d+\.\d+\.\d+:80$/);
    expect(defaultTarget(targets, CLIENT_ID)).toBe('192.168.49.3:32143');
  });

  it('labels each suggestion with the way in, in the UI language', () => {
    const targets = readClusterTargets(scenario(NGINX_NODEPORT).graph);
    const label = (t: typeof english, value: string): string | undefined => targetSuggestions(targets, t).find((s) => s.value === value)?.label;
    expect(label(english, 'my-nginx-app')).toBe('default/my-nginx-app: DNS name');
    expect(label(chinese, 'my-nginx-app')).toBe('default/my-nginx-app：DNS 名称');
    const node = targets.nodes.find((n) => n.ip !== undefined);
    expect(label(english, `${node?.ip}:32143`)).toBe(`default/my-nginx-app: NodePort on ${node?.name}`);
    expect(label(chinese, `${node?.ip}:32143`)).toBe(`default/my-nginx-app：${node?.name} 上的 NodePort`);
  });

  it('a shortcut’s title says where it sends, and on which Node for a NodePort', () => {
    const targets = readClusterTargets(scenario(NGINX_NODEPORT).graph);
    const svc = targets.services.find((s) => s.name === 'my-nginx-app');
    if (!svc) throw new Error('fixture changed');
    const nodePort = serviceShortcuts(svc, targets, CLIENT_ID).find((s) => s.kind === 'NodePort');
    if (!nodePort) throw new Error('fixture changed');
    expect(shortcutTitle(nodePort, english)).toBe(`Send to default/my-nginx-app at ${nodePort.target} (${nodePort.nodeName})`);
    expect(shortcutTitle(nodePort, chinese)).toBe(`发送到 default/my-nginx-app，地址 ${nodePort.target}（${nodePort.nodeName}）`);
    const clusterIP = serviceShortcuts(svc, targets, CLIENT_ID).find((s) => s.kind === 'ClusterIP');
    if (!clusterIP) throw new Error('fixture changed');
    expect(shortcutTitle(clusterIP, english)).toBe(`Send to default/my-nginx-app at ${clusterIP.target}`);
  });

  it('names a Service outside default with its namespace', () => {
    expect(serviceDnsName({ name: 'web', namespace: 'shop' })).toBe('web.shop');
    expect(serviceDnsName({ name: 'web', namespace: 'default' })).toBe('web');
  });
});

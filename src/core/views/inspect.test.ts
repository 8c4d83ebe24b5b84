import { describe, expect, it } from 'vitest';
import { myappClusterIP } from '../../examples/myapp-clusterip';
import { buildGraph } from '../graph/build-graph';
import { buildCluster } from '../model/build-cluster';
import { graphTarget } from './graph-target';
import { inspectGraphNode } from './inspect';
import { indexManifests } from './manifest-index';

const cluster = buildCluster(myappClusterIP);
const manifests = indexManifests(myappClusterIP);

describe('graphTarget', () => {
  it('reads what a graph node id stands for', () => {
    expect(graphTarget('service/default/myapp')).toEqual({ type: 'object', ref: { kind: 'Service', namespace: 'default', name: 'myapp' } });
    expect(graphTarget('node/node1')).toEqual({ type: 'object', ref: { kind: 'Node', name: 'node1' } });
    expect(graphTarget('loadbalancer/default/web')).toEqual({ type: 'object', ref: { kind: 'Service', namespace: 'default', name: 'web' }, via: 'loadbalancer' });
    expect(graphTarget('client/external')).toEqual({ type: 'client' });
    expect(graphTarget('nonsense')).toBeUndefined();
  });
});

describe('inspectGraphNode', () => {
  it('answers for every node of the graph', () => {
    for (const node of buildGraph(cluster).nodes) expect(inspectGraphNode(cluster, node.id, { manifests }), node.id).toBeDefined();
  });

  it('gives a Service its text, defaulted YAML, kubectl views, DNS names and a node\'s rules', () => {
    const result = inspectGraphNode(cluster, 'service/default/myapp', { manifests });
    expect(result?.title).toBe('Service default/myapp');
    expect(result?.sourceLine).toBe(myappClusterIP.split('\n').indexOf('kind: Service'));
    expect(result?.sourceYaml).toContain('targetPort: 8080');
    expect(result?.defaultedYaml).toContain('sessionAffinity: None');
    expect(result?.views.map((v) => v.command)).toEqual([
      'kubectl get svc myapp -o wide',
      'kubectl describe svc myapp',
      'kubectl get endpoints myapp',
      'kubectl get endpointslices -l kubernetes.io/service-name=myapp',
      'kubectl get pods -l app=myapp -o wide',
    ]);
    expect(result?.views[0]?.text).toContain('38080/TCP');
    expect(result?.dns[0]).toMatch(/^myapp\.default\.svc\.cluster\.local\. 30 IN A /);
    expect(result?.rules?.mode).toBe('iptables');
    expect(result?.rules?.services).toContain('default/myapp');
  });

  it('gives a Node its rules in the asked mode and the pods it runs', () => {
    const result = inspectGraphNode(cluster, 'node/node2', { rules: { mode: 'nftables' } });
    expect(result?.rules).toMatchObject({ node: 'node2', mode: 'nftables', command: 'nft list table ip kube-proxy' });
    expect(result?.views[1]?.command).toBe('kubectl get pods -A -o wide --field-selector spec.nodeName=node2');
    expect(result?.views[1]?.text).toMatch(/^NAMESPACE {3}NAME/);
  });

  it('says what a Service without Endpoints shows in kubectl', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: ext}\nspec: {type: ExternalName, externalName: example.com}\n';
    const result = inspectGraphNode(buildCluster(text), 'service/default/ext');
    expect(result?.views.find((v) => v.command.startsWith('kubectl get endpoints'))?.text).toBe('Error from server (NotFound): endpoints "ext" not found\n');
    expect(result?.dns).toEqual(['ext.default.svc.cluster.local. 30 IN CNAME example.com.']);
  });

  it('knows nothing of an object that is gone', () => {
    expect(inspectGraphNode(cluster, 'service/default/gone')).toBeUndefined();
  });
});

import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { myappClusterIP } from '../../examples/myapp-clusterip';
import { buildCluster } from '../model/build-cluster';
import { indexManifests } from './manifest-index';
import { objectYaml } from './object-yaml';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads arbitrary YAML

const read = (text: string | undefined): Json => load(text ?? '') as Json;

const nodePortText = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: web
        image: nginx
        env: [{name: MODE, value: demo}]
        ports: [{containerPort: 80, name: http}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  type: NodePort
  selector: {app: web}
  ports: [{port: 80}]
`;

describe('objectYaml with defaults', () => {
  it('fills in what the API server defaults on a Service: type, protocol, targetPort, affinity, policies, clusterIP, nodePort', () => {
    const cluster = buildCluster(nodePortText);
    const svc = read(objectYaml(cluster, { kind: 'Service', namespace: 'default', name: 'web' }, { defaults: true }));
    expect(svc['spec']).toMatchObject({
      type: 'NodePort',
      sessionAffinity: 'None',
      externalTrafficPolicy: 'Cluster',
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }],
    });
    expect(svc['spec']['clusterIP']).toMatch(/^10\.\d+\.\d+\.\d+$/);
    expect(svc['spec']['clusterIPs']).toEqual([svc['spec']['clusterIP']]);
    expect(svc['spec']['ports'][0]['nodePort']).toBeGreaterThanOrEqual(30000);
    expect(svc['metadata']).toMatchObject({ name: 'web', namespace: 'default' });
    expect(svc['status']).toEqual({ loadBalancer: {} });
  });

  it('writes keys sorted and lists unindented, as kubectl get -o yaml does', () => {
    const cluster = buildCluster(myappClusterIP);
    const text = objectYaml(cluster, { kind: 'Service', namespace: 'default', name: 'myapp' }, { defaults: true }) ?? '';
    expect(text.startsWith('apiVersion: v1\nkind: Service\nmetadata:\n  creationTimestamp: "2025-01-06T08:55:00Z"\n')).toBe(true);
    expect(text).toContain('  ports:\n  - port: 38080\n    protocol: TCP\n    targetPort: 8080\n');
  });

  it('shows a generated pod as kubectl get pod -o yaml would: owner, pod-template-hash, node, IPs, conditions', () => {
    const cluster = buildCluster(myappClusterIP);
    const pod = cluster.pods.find((p) => p.workload?.name === 'myapp');
    const deployment = cluster.workloads.find((w) => w.meta.name === 'myapp');
    if (!pod || !deployment) throw new Error('missing pod');
    const yaml = read(objectYaml(cluster, { kind: 'Pod', namespace: 'default', name: pod.meta.name }, { defaults: true }));
    expect(yaml['metadata']['labels']).toEqual({ app: 'myapp', version: 'v1', 'pod-template-hash': deployment.podTemplateHash });
    expect(yaml['metadata']['generateName']).toBe(`${deployment.replicaSetName}-`);
    expect(yaml['metadata']['ownerReferences']).toEqual([expect.objectContaining({ kind: 'ReplicaSet', name: deployment.replicaSetName, controller: true })]);
    expect(yaml['spec']).toMatchObject({ nodeName: pod.nodeName, restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', enableServiceLinks: true, serviceAccountName: 'default' });
    expect(yaml['spec']['containers'][0]).toMatchObject({ name: 'myapp', image: 'jocatalin/kubernetes-bootcamp:v1', imagePullPolicy: 'IfNotPresent', terminationMessagePolicy: 'File' });
    expect(yaml['status']).toMatchObject({ phase: 'Running', podIP: pod.ip, hostIP: pod.hostIP, podIPs: [{ ip: pod.ip }], qosClass: 'BestEffort' });
    const conditions = (yaml['status']['conditions'] as Json[]).map((c) => [c['type'], c['status']]);
    expect(conditions).toEqual([
      ['PodReadyToStartContainers', 'True'],
      ['Initialized', 'True'],
      ['Ready', 'True'],
      ['ContainersReady', 'True'],
      ['PodScheduled', 'True'],
    ]);
  });

  it('keeps what the text wrote that the model does not read (env), with the defaults added around it', () => {
    const cluster = buildCluster(nodePortText);
    const manifests = indexManifests(nodePortText);
    const pod = cluster.pods.find((p) => p.workload?.name === 'web');
    if (!pod) throw new Error('missing pod');
    const yaml = read(objectYaml(cluster, { kind: 'Pod', namespace: 'default', name: pod.meta.name }, { defaults: true, manifests }));
    expect(yaml['spec']['containers'][0]).toMatchObject({
      env: [{ name: 'MODE', value: 'demo' }],
      imagePullPolicy: 'Always',
      ports: [{ containerPort: 80, name: 'http', protocol: 'TCP' }],
    });
    const deployment = read(objectYaml(cluster, { kind: 'Deployment', namespace: 'default', name: 'web' }, { defaults: true, manifests }));
    expect(deployment['spec']).toMatchObject({ replicas: 2, revisionHistoryLimit: 10, strategy: { type: 'RollingUpdate' } });
    expect(deployment['spec']['template']['spec']['containers'][0]['env']).toEqual([{ name: 'MODE', value: 'demo' }]);
  });

  it('shows an unready pod with Ready False and the reason kubelet gives', () => {
    const cluster = buildCluster(myappClusterIP);
    const pod = cluster.pods.find((p) => p.workload?.name === 'myapp');
    if (!pod) throw new Error('missing pod');
    const unready = { ...cluster, pods: cluster.pods.map((p) => (p === pod ? { ...p, ready: false } : p)) };
    const yaml = read(objectYaml(unready, { kind: 'Pod', namespace: 'default', name: pod.meta.name }, { defaults: true }));
    const ready = (yaml['status']['conditions'] as Json[]).find((c) => c['type'] === 'Ready');
    expect(ready).toMatchObject({ status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [myapp]' });
  });

  it('shows the EndpointSlice owned by its Service and the ReplicaSet owned by its Deployment', () => {
    const cluster = buildCluster(myappClusterIP);
    const slice = cluster.endpointSlices.find((s) => s.serviceName === 'myapp');
    const deployment = cluster.workloads.find((w) => w.meta.name === 'myapp');
    if (!slice || !deployment?.replicaSetName) throw new Error('missing');
    const sliceYaml = read(objectYaml(cluster, { kind: 'EndpointSlice', namespace: 'default', name: slice.meta.name }, { defaults: true }));
    expect(sliceYaml['metadata']['ownerReferences'][0]).toMatchObject({ kind: 'Service', name: 'myapp' });
    expect(sliceYaml['metadata']['labels']).toMatchObject({ 'kubernetes.io/service-name': 'myapp' });
    expect(sliceYaml['endpoints']).toHaveLength(3);
    const rs = read(objectYaml(cluster, { kind: 'ReplicaSet', namespace: 'default', name: deployment.replicaSetName }, { defaults: true }));
    expect(rs['metadata']['ownerReferences'][0]).toMatchObject({ kind: 'Deployment', name: 'myapp', uid: deployment.meta.uid });
    expect(rs['spec']['selector']['matchLabels']).toMatchObject({ 'pod-template-hash': deployment.podTemplateHash });
  });
});

describe('objectYaml as pasted', () => {
  it('is the exact text of the object', () => {
    const cluster = buildCluster(myappClusterIP);
    const manifests = indexManifests(myappClusterIP);
    const text = objectYaml(cluster, { kind: 'Service', namespace: 'default', name: 'myapp' }, { defaults: false, manifests });
    expect(text).toBe(myappClusterIP.slice(myappClusterIP.indexOf('apiVersion: v1\nkind: Service')));
  });

  it('is absent for objects svcscope made, and when the text no longer has the object where it was', () => {
    const cluster = buildCluster(myappClusterIP);
    const pod = cluster.pods.find((p) => p.workload?.name === 'myapp');
    expect(objectYaml(cluster, { kind: 'Pod', namespace: 'default', name: pod?.meta.name ?? '' }, { defaults: false, manifests: indexManifests(myappClusterIP) })).toBeUndefined();
    const edited = indexManifests(`# moved\n${myappClusterIP}`);
    expect(objectYaml(cluster, { kind: 'Service', namespace: 'default', name: 'myapp' }, { defaults: false, manifests: edited })).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../core';
import { createI18n } from '../../i18n/create-i18n';
import type { ObjectFacts, PodStack } from '../../protocol';
import {
  foldActionsFor,
  podDeleteEdit,
  podReadyEdit,
  scaleEdit,
  serviceTypeUnavailable,
  trafficPolicyUnavailable,
  whatIfTargetFor,
  type WorkloadFacts,
} from './whatif-actions';

const english = createI18n('en').getFixedT('en', 'whatif');
const chinese = createI18n('zh').getFixedT('zh', 'whatif');

const node = (id: string, kind: GraphNode['kind'], label: string): GraphNode => ({
  id,
  kind,
  label,
  namespace: 'default',
  details: [],
  status: 'ok',
  system: false,
});
const deployment = node('deployment/default/myapp', 'deployment', 'myapp');
const replicaSet = node('replicaset/default/myapp-7c5', 'replicaset', 'myapp-7c5');
const facts: Record<string, ObjectFacts> = {
  [deployment.id]: { kind: 'workload', namespace: 'default', name: 'myapp', replicas: 3, scale: { kind: 'Deployment', name: 'myapp' } },
  [replicaSet.id]: { kind: 'workload', namespace: 'default', name: 'myapp-7c5', replicas: 3, scale: { kind: 'Deployment', name: 'myapp' } },
  'pod/default/myapp-7c5-x': {
    kind: 'pod',
    namespace: 'default',
    name: 'myapp-7c5-x',
    ready: true,
    terminating: false,
    owner: { kind: 'Deployment', name: 'myapp' },
  },
  'pod/default/solo': { kind: 'pod', namespace: 'default', name: 'solo', ready: true, terminating: false, owner: null },
};

describe('what the what-if bar offers', () => {
  it('scaling a ReplicaSet the Deployment made scales the Deployment', () => {
    const target = whatIfTargetFor(replicaSet, facts, {}, [deployment, replicaSet]);
    expect(target).toMatchObject({ type: 'scale', title: 'Deployment myapp', replicas: 3 });
    expect(scaleEdit(facts[replicaSet.id] as WorkloadFacts, 5)).toEqual({
      type: 'scale',
      kind: 'Deployment',
      namespace: 'default',
      name: 'myapp',
      replicas: 5,
    });
  });

  it('refuses counts the core would not simulate', () => {
    const workload = facts[deployment.id] as WorkloadFacts;
    expect(scaleEdit(workload, -1)).toBeNull();
    expect(scaleEdit(workload, 2.5)).toBeNull();
    expect(scaleEdit(workload, 5001)).toBeNull();
  });

  it('a stack offers its workload’s scale', () => {
    const stack: PodStack = {
      id: 'stack/node1/default/Deployment/myapp',
      namespace: 'default',
      workload: { kind: 'Deployment', name: 'myapp' },
      podNames: ['a', 'b', 'c'],
      ready: 3,
      terminating: 0,
    };
    const target = whatIfTargetFor(node(stack.id, 'pod', 'myapp ×3'), facts, { [stack.id]: stack }, [deployment]);
    expect(target).toMatchObject({ type: 'stack', stack, scale: { name: 'myapp' } });
  });

  it('a generated pod’s edits name its owner; a pod from the text does not need one', () => {
    const generated = facts['pod/default/myapp-7c5-x'];
    const solo = facts['pod/default/solo'];
    if (generated?.kind !== 'pod' || solo?.kind !== 'pod') throw new Error('fixture');
    expect(podReadyEdit(generated, false)).toEqual({
      type: 'pod-ready',
      namespace: 'default',
      name: 'myapp-7c5-x',
      ready: false,
      owner: { kind: 'Deployment', name: 'myapp' },
    });
    expect(podDeleteEdit(solo, new Date('2025-05-01T10:00:00.123Z'))).toEqual({
      type: 'pod-delete',
      namespace: 'default',
      name: 'solo',
      deletionTimestamp: '2025-05-01T10:00:00Z',
    });
  });

  it('externalTrafficPolicy is only offered where Kubernetes allows it', () => {
    const service = {
      kind: 'service',
      namespace: 'default',
      name: 'x',
      type: 'ClusterIP',
      externalTrafficPolicy: null,
      sessionAffinity: 'None',
      selector: null,
      headless: false,
    } as const;
    expect(trafficPolicyUnavailable(service, english)).toMatch(/NodePort and LoadBalancer/);
    expect(trafficPolicyUnavailable(service, chinese)).toBe('externalTrafficPolicy 只适用于 NodePort 和 LoadBalancer 类型的 Service');
    expect(trafficPolicyUnavailable({ ...service, type: 'NodePort' }, english)).toBeNull();
  });

  it('a headless or ExternalName Service keeps its type, and the bar says why', () => {
    const service = {
      kind: 'service',
      namespace: 'default',
      name: 'x',
      type: 'ClusterIP',
      externalTrafficPolicy: null,
      sessionAffinity: 'None',
      selector: null,
      headless: false,
    } as const;
    expect(serviceTypeUnavailable(service, english)).toBeNull();
    expect(serviceTypeUnavailable({ ...service, headless: true }, english)).toBe('A headless Service (clusterIP: None) stays ClusterIP');
    expect(serviceTypeUnavailable({ ...service, headless: true }, chinese)).toBe('headless Service（clusterIP: None）只能是 ClusterIP 类型');
    expect(serviceTypeUnavailable({ ...service, type: 'ExternalName' }, chinese)).toBe('ExternalName 类型的 Service 只是一个 DNS 别名');
  });

  it('objects without what-ifs get no bar', () => {
    expect(whatIfTargetFor(node('endpoints/default/x', 'endpoints', 'x'), facts, {}, [])).toBeNull();
    expect(whatIfTargetFor(undefined, facts, {}, [])).toBeNull();
  });

  it('a folded namespace, as a card or as its pods on a Node, offers to be opened', () => {
    const card = { ...node('namespace/shop', 'namespace', 'shop'), namespace: 'shop' };
    expect(whatIfTargetFor(card, {}, {}, [])).toEqual({ type: 'namespace', namespace: 'shop' });
    const stack: PodStack = {
      id: 'stack/node1/shop/Namespace/shop',
      namespace: 'shop',
      workload: { kind: 'Namespace', name: 'shop' },
      podNames: ['a'],
      ready: 1,
      terminating: 0,
    };
    expect(whatIfTargetFor(node(stack.id, 'pod', 'shop ×1'), {}, { [stack.id]: stack }, [])).toEqual({ type: 'namespace', namespace: 'shop' });
  });

  it('a pod of an opened stack offers to stack it again; an object of an opened namespace, to fold it', () => {
    const pod = { ...node('pod/default/myapp-7c5-x', 'pod', 'myapp-7c5-x'), parentId: 'node/node1' };
    const view = { expandedStacks: ['stack/node1/default/Deployment/myapp'], expandedNamespaces: ['default'] };
    expect(foldActionsFor(pod, facts, view)).toEqual({ restack: { id: 'stack/node1/default/Deployment/myapp', name: 'myapp' }, refold: 'default' });
    expect(foldActionsFor(pod, facts, {})).toEqual({});
  });
});

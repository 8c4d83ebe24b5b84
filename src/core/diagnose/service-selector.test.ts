import { describe, expect, it } from 'vitest';
import { deployment, findingsOf, lineOf, service } from './test-fixtures';

const web = deployment('myapp', { app: 'myapp' }, { replicas: 3, ports: '[{containerPort: 8080}]' });

describe('SVC_SELECTOR_MATCHES_NOTHING', () => {
  it('suggests the pod label a one-letter typo in the value missed, and points at the selector key', () => {
    const text = web + service('myapp', { app: 'myap' });
    const [d, ...rest] = findingsOf('SVC_SELECTOR_MATCHES_NOTHING', text);
    expect(rest).toEqual([]);
    expect(d?.severity).toBe('warning');
    expect(d?.object).toEqual({ kind: 'Service', namespace: 'default', name: 'myapp' });
    expect(d?.message).toContain('selector app=myap matches no pod');
    expect(d?.message).toContain('Did you mean app=myapp (3 pods of Deployment myapp)?');
    expect(d?.hint).toContain('Change the selector to app=myapp');
    const line = lineOf(text, 'selector:', 'kind: Service');
    expect(d?.line).toBe(line);
    expect(d?.field).toBe('spec.selector.app');
    // Flow style puts the key on the selector's line, to the right of it.
    expect(d?.column).toBeGreaterThan((text.split('\n')[line - 1] ?? '').indexOf('{'));
  });

  it('catches a typo in the key and a difference of case', () => {
    const keyTypo = findingsOf('SVC_SELECTOR_MATCHES_NOTHING', web + service('s', { apps: 'myapp' }));
    expect(keyTypo[0]?.message).toContain('Did you mean app=myapp');
    const caseOnly = findingsOf('SVC_SELECTOR_MATCHES_NOTHING', web + service('s', { app: 'MyApp' }));
    expect(caseOnly[0]?.message).toContain('Did you mean app=myapp');
  });

  it('does not call a different short value a typo, but says which label differs', () => {
    const text = deployment('myapp', { app: 'myapp', version: 'v1' }) + service('s', { app: 'myapp', version: 'v2' });
    const [d] = findingsOf('SVC_SELECTOR_MATCHES_NOTHING', text);
    expect(d?.message).not.toContain('Did you mean');
    expect(d?.message).toContain('2 pods of Deployment myapp have version=v1, not version=v2');
    expect(d?.hint).toContain('Remove version=v2 from the selector');
  });

  it('names the namespace where matching pods live', () => {
    const text = deployment('httpd2', { run: 'httpd2' }, { namespace: 'kube-public' }) + service('httpd2-svc', { run: 'httpd2' });
    const [d] = findingsOf('SVC_SELECTOR_MATCHES_NOTHING', text);
    expect(d?.message).toContain('Pods with run=httpd2 exist in namespace kube-public (2 pods of Deployment httpd2)');
    expect(d?.hint).toContain('Create the Service in namespace kube-public');
  });

  it('points at a workload whose template matches but that is scaled to zero', () => {
    const text = deployment('myapp', { app: 'myapp' }, { replicas: 0 }) + service('s', { app: 'myapp' });
    const [d] = findingsOf('SVC_SELECTOR_MATCHES_NOTHING', text);
    expect(d?.message).toContain('Deployment myapp would match, but it has replicas: 0');
    expect(d?.hint).toContain('Scale Deployment myapp up');
  });

  it('explains a selector copied from the Deployment’s own labels instead of its pod template', () => {
    const text = deployment('web', { run: 'web' }, { metaLabels: { app: 'web' } }) + service('web', { app: 'web' });
    const [d] = findingsOf('SVC_SELECTOR_MATCHES_NOTHING', text);
    expect(d?.message).toContain('Deployment web has app=web in its own metadata.labels');
    expect(d?.message).toContain('its pod template has run=web');
  });

  it('says when the namespace has no pods at all', () => {
    const [d] = findingsOf('SVC_SELECTOR_MATCHES_NOTHING', service('lonely', { app: 'x' }));
    expect(d?.message).toContain('The text has no pods and no workloads in namespace default');
    expect(d?.hint).toContain('Paste the Deployment');
  });

  it('does not fire when the selector matches, nor for selector-less or ExternalName Services', () => {
    expect(findingsOf('SVC_SELECTOR_MATCHES_NOTHING', web + service('myapp', { app: 'myapp' }))).toEqual([]);
    expect(findingsOf('SVC_SELECTOR_MATCHES_NOTHING', web + service('db', undefined))).toEqual([]);
  });

  it('does not judge a dump that has Services and Endpoints but no pods', () => {
    const text = `${service('myapp', { app: 'myapp' })}---
apiVersion: v1
kind: Endpoints
metadata: {name: myapp}
subsets:
- addresses: [{ip: 10.244.1.5}]
  ports: [{port: 8080}]
`;
    expect(findingsOf('SVC_SELECTOR_MATCHES_NOTHING', text)).toEqual([]);
  });
});

describe('SVC_SELECTED_PODS_NOT_RUNNING', () => {
  it('fires when the matching pods cannot be scheduled, and says why', () => {
    const text = deployment('web', { app: 'web' }, { podSpec: '      nodeSelector: {disktype: ssd}' }) + service('web', { app: 'web' });
    const [d] = findingsOf('SVC_SELECTED_PODS_NOT_RUNNING', text);
    expect(d?.message).toContain('matches 2 pods, but none is running with an IP');
    expect(d?.message).toContain('Pending (no node fits it)');
  });

  it('does not fire for running pods', () => {
    expect(findingsOf('SVC_SELECTED_PODS_NOT_RUNNING', web + service('s', { app: 'myapp' }))).toEqual([]);
  });
});

describe('SVC_SELECTOR_MATCHES_MULTIPLE_APPS', () => {
  const v1 = deployment('myapp', { app: 'myapp', version: 'v1' }, { replicas: 3 });
  const v2 = deployment('myapp2', { app: 'myapp', version: 'v2' }, { replicas: 1 });

  it('reports v1 and v2 Deployments behind one selector as a possible canary (info) with the traffic split', () => {
    const [d] = findingsOf('SVC_SELECTOR_MATCHES_MULTIPLE_APPS', v1 + v2 + service('myapp', { app: 'myapp' }));
    expect(d?.severity).toBe('info');
    expect(d?.message).toContain('3 pods of Deployment myapp (version=v1) and 1 pod of Deployment myapp2 (version=v2)');
    expect(d?.message).toContain('traffic splits 3:1');
    expect(d?.hint).toContain('version=v1');
  });

  it('warns when the workloads look unrelated', () => {
    const text = deployment('api', { tier: 'backend', app: 'api' }) + deployment('worker', { tier: 'backend', app: 'worker' }) + service('backend', { tier: 'backend' });
    const [d] = findingsOf('SVC_SELECTOR_MATCHES_MULTIPLE_APPS', text);
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('the workloads look unrelated');
  });

  it('does not fire for one workload, nor when the selector tells the versions apart', () => {
    expect(findingsOf('SVC_SELECTOR_MATCHES_MULTIPLE_APPS', v1 + service('myapp', { app: 'myapp' }))).toEqual([]);
    expect(findingsOf('SVC_SELECTOR_MATCHES_MULTIPLE_APPS', v1 + v2 + service('myapp', { app: 'myapp', version: 'v1' }))).toEqual([]);
  });

  it('reads the two ReplicaSets of a rollout in a dump as one Deployment', () => {
    const pod = (name: string, hash: string, ip: string): string => `---
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels: {app: web, pod-template-hash: ${hash}}
  ownerReferences: [{kind: ReplicaSet, name: web-${hash}, controller: true}]
spec:
  containers: [{name: web, image: nginx, ports: [{containerPort: 8080}]}]
status:
  phase: Running
  podIP: ${ip}
  conditions: [{type: Ready, status: "True"}]
`;
    const text = pod('web-aaa-1', 'aaa', '10.244.1.2') + pod('web-bbb-1', 'bbb', '10.244.1.3') + service('web', { app: 'web' });
    expect(findingsOf('SVC_SELECTOR_MATCHES_MULTIPLE_APPS', text)).toEqual([]);
  });
});

describe('SVC_SELECTOR_MATCHES_NOTHING near misses on a single pod', () => {
  it('agrees the verb with one pod', () => {
    const pod = `---
apiVersion: v1
kind: Pod
metadata: {name: debug, labels: {app: web}}
spec: {containers: [{name: c, image: busybox}]}
`;
    const [d] = findingsOf('SVC_SELECTOR_MATCHES_NOTHING', pod + service('web', { app: 'web', tier: 'front' }));
    expect(d?.message).toContain('Almost: Pod debug has no label tier.');
  });
});

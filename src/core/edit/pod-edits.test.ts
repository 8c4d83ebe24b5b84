import { describe, expect, it } from 'vitest';
import { myappClusterIP } from '../../examples/myapp-clusterip';
import { applyManifestEdit } from './apply-edit';
import { LIST_DUMP, PODS, clusterOf, edited, lineDiff } from './test-fixtures';

const myappPods = (text: string) => clusterOf(text).cluster.pods.filter((p) => p.workload?.name === 'myapp');
const firstPod = myappPods(myappClusterIP)[0]?.meta.name ?? '';
const readyAddresses = (text: string) =>
  clusterOf(text)
    .cluster.endpoints.find((e) => e.meta.name === 'myapp')
    ?.subsets.flatMap((s) => s.addresses.map((a) => a.targetRef?.name)) ?? [];

describe('a generated pod made unready or deleted', () => {
  it('unready: the pod name goes into the Deployment annotation; the pod leaves the ready Endpoints', () => {
    const after = edited(myappClusterIP, { type: 'pod-ready', namespace: 'default', name: firstPod, ready: false });
    expect(lineDiff(myappClusterIP, after)).toEqual({
      removed: [],
      added: ['  annotations:', `    svcscope.dev/unready-pods: ${firstPod}`],
    });
    expect(myappPods(after).find((p) => p.meta.name === firstPod)?.ready).toBe(false);
    expect(readyAddresses(after)).not.toContain(firstPod);
    expect(readyAddresses(after)).toHaveLength(2);
  });

  it('making it Ready again restores the text exactly', () => {
    const unready = edited(myappClusterIP, { type: 'pod-ready', namespace: 'default', name: firstPod, ready: false });
    expect(edited(unready, { type: 'pod-ready', namespace: 'default', name: firstPod, ready: true })).toBe(myappClusterIP);
  });

  it('a second unready pod joins the list, comma-separated and quoted', () => {
    const second = myappPods(myappClusterIP)[1]?.meta.name ?? '';
    const one = edited(myappClusterIP, { type: 'pod-ready', namespace: 'default', name: firstPod, ready: false });
    const two = edited(one, { type: 'pod-ready', namespace: 'default', name: second, ready: false });
    expect(two).toContain(`    svcscope.dev/unready-pods: "${firstPod},${second}"`);
    expect(myappPods(two).filter((p) => !p.ready)).toHaveLength(2);
  });

  it('delete: the pod is Terminating while a replacement with a new name starts', () => {
    const after = edited(myappClusterIP, { type: 'pod-delete', namespace: 'default', name: firstPod });
    expect(after).toContain(`svcscope.dev/deleted-pods: ${firstPod}`);
    const pods = myappPods(after);
    expect(pods.find((p) => p.meta.name === firstPod)?.terminating).toBe(true);
    expect(pods.filter((p) => !p.terminating)).toHaveLength(3);
  });

  it('an owner given by the caller is used as is (pod names depend on the seed the caller used)', () => {
    const after = edited(myappClusterIP, {
      type: 'pod-ready',
      namespace: 'default',
      name: 'myapp-x-1',
      ready: false,
      owner: { kind: 'Deployment', name: 'myapp' },
    });
    expect(after).toContain('svcscope.dev/unready-pods: myapp-x-1');
  });

  it('a pod nobody makes is an error, not a guess', () => {
    expect(applyManifestEdit(myappClusterIP, { type: 'pod-delete', namespace: 'default', name: 'ghost' })).toMatchObject({
      ok: false,
      error: 'Pod default/ghost is neither in the text nor made by a workload in it.',
    });
  });

  it('works on a workload inside a List dump, at the List item indentation', () => {
    const pod = clusterOf(LIST_DUMP).cluster.pods.find((p) => p.workload?.name === 'web')?.meta.name ?? '';
    const after = edited(LIST_DUMP, { type: 'pod-ready', namespace: 'shop', name: pod, ready: false });
    expect(after).toContain(`  metadata:\n    annotations:\n      svcscope.dev/unready-pods: ${pod}\n    name: web\n    namespace: shop`);
  });
});

describe('a pod written in the text', () => {
  it('unready without a status: it gets one, Running with Ready "False"', () => {
    const after = edited(PODS, { type: 'pod-ready', namespace: 'default', name: 'solo', ready: false });
    expect(after).toContain('    image: busybox\nstatus:\n  phase: Running\n  conditions:\n  - type: Ready\n    status: "False"\n---\n');
    const solo = clusterOf(after).cluster.pods.find((p) => p.meta.name === 'solo');
    expect(solo).toMatchObject({ ready: false, phase: 'Running' });
    expect(solo?.ip).toBeDefined();
  });

  it('unready with a status: only the Ready condition changes, quoted as kubectl writes it', () => {
    const after = edited(PODS, { type: 'pod-ready', namespace: 'default', name: 'dumped', ready: false });
    expect(lineDiff(PODS, after)).toEqual({ removed: ['  - status: "True"'], added: ['  - status: "False"'] });
    expect(after.indexOf('"False"')).toBeGreaterThan(after.indexOf('type: Initialized'));
    expect(clusterOf(after).cluster.pods.find((p) => p.meta.name === 'dumped')?.ready).toBe(false);
  });

  it('delete: metadata.deletionTimestamp is set to the time given, and the pod is Terminating', () => {
    const after = edited(PODS, { type: 'pod-delete', namespace: 'default', name: 'dumped', deletionTimestamp: '2025-05-01T10:00:00Z' });
    expect(lineDiff(PODS, after).added).toEqual(['  deletionTimestamp: "2025-05-01T10:00:00Z"']);
    expect(clusterOf(after).cluster.pods.find((p) => p.meta.name === 'dumped')?.terminating).toBe(true);
  });

  it('in JSON, the status is appended as JSON after the last field', () => {
    const json = '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "j"},\n  "spec": {"containers": [{"name": "c", "image": "busybox"}]}\n}\n';
    const after = edited(json, { type: 'pod-ready', namespace: 'default', name: 'j', ready: false });
    expect(after).toContain('"image": "busybox"}]},\n  "status": {"phase": "Running", "conditions": [{"type": "Ready", "status": "False"}]}\n}');
    expect(JSON.parse(after)).toMatchObject({ status: { conditions: [{ type: 'Ready', status: 'False' }] } });
  });
});

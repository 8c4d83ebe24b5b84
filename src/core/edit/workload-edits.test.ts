import { describe, expect, it } from 'vitest';
import { myappClusterIP } from '../../examples/myapp-clusterip';
import { applyManifestEdit } from './apply-edit';
import { JSON_LIST, LIST_DUMP, clusterOf, edited, lineDiff } from './test-fixtures';

const scaleMyapp = (replicas: number) => ({ type: 'scale', kind: 'Deployment', namespace: 'default', name: 'myapp', replicas }) as const;

describe('scaling a workload in the text', () => {
  it('changes only the replicas line: comments and the other document stay byte for byte', () => {
    const after = edited(myappClusterIP, scaleMyapp(5));
    expect(lineDiff(myappClusterIP, after)).toEqual({ removed: ['  replicas: 3'], added: ['  replicas: 5'] });
    expect(after.startsWith('# A Deployment with 3 replicas')).toBe(true);
    expect(after.slice(after.indexOf('---'))).toBe(myappClusterIP.slice(myappClusterIP.indexOf('---')));
    expect(clusterOf(after).cluster.pods.filter((p) => p.workload?.name === 'myapp')).toHaveLength(5);
  });

  it('says where it changed and what it did', () => {
    const result = applyManifestEdit(myappClusterIP, scaleMyapp(5));
    expect(result).toMatchObject({ ok: true, changed: true, line: 11, summary: 'Deployment myapp scaled from 3 to 5 replicas' });
  });

  it('scaling to the count already written changes nothing', () => {
    expect(applyManifestEdit(myappClusterIP, scaleMyapp(3))).toMatchObject({ ok: true, changed: false, text: myappClusterIP });
  });

  it('adds spec.replicas where it was left to its default, at the indentation of spec', () => {
    const text = myappClusterIP.replace('  replicas: 3\n', '');
    const after = edited(text, scaleMyapp(0));
    expect(after).toContain('spec:\n  replicas: 0\n  selector:');
    expect(clusterOf(after).cluster.pods.filter((p) => p.workload?.name === 'myapp')).toHaveLength(0);
  });

  it('finds the item inside a kubectl List dump and keeps the List intact', () => {
    const after = edited(LIST_DUMP, { type: 'scale', kind: 'Deployment', namespace: 'shop', name: 'web', replicas: 4 });
    expect(lineDiff(LIST_DUMP, after)).toEqual({ removed: ['    replicas: 2'], added: ['    replicas: 4'] });
    expect(clusterOf(after).cluster.workloads.find((w) => w.meta.name === 'web')?.replicas).toBe(4);
  });

  it('writes JSON into a JSON dump, which stays valid JSON', () => {
    const after = edited(JSON_LIST, { type: 'scale', kind: 'Deployment', namespace: 'default', name: 'api', replicas: 2 });
    expect(after).toContain('"spec": {\n                "replicas": 2,\n                "selector": {');
    expect((JSON.parse(after) as { items: { spec: { replicas: number } }[] }).items[0]?.spec.replicas).toBe(2);
  });

  it('edits the object in the namespace asked for, not its namesake', () => {
    const other = myappClusterIP.replace('  name: myapp\nspec:\n  replicas: 3', '  name: myapp\n  namespace: staging\nspec:\n  replicas: 3');
    const text = `${myappClusterIP}---\n${other.split('---')[0] ?? ''}`;
    const after = edited(text, { type: 'scale', kind: 'Deployment', namespace: 'staging', name: 'myapp', replicas: 7 });
    expect(lineDiff(text, after).added).toEqual(['  replicas: 7']);
    expect(after.indexOf('replicas: 7')).toBeGreaterThan(after.indexOf('namespace: staging'));
  });

  it('keeps Windows line ends on the lines it writes', () => {
    const text = myappClusterIP.replace('  replicas: 3\n', '').replace(/\n/g, '\r\n');
    const after = edited(text, scaleMyapp(2));
    expect(after).toContain('spec:\r\n  replicas: 2\r\n  selector:');
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('refuses what Kubernetes would: a negative or fractional count', () => {
    expect(applyManifestEdit(myappClusterIP, scaleMyapp(-1))).toMatchObject({ ok: false });
    expect(applyManifestEdit(myappClusterIP, scaleMyapp(1.5))).toMatchObject({ ok: false });
  });

  it('says clearly when the object is not in the text', () => {
    const result = applyManifestEdit(myappClusterIP, { type: 'scale', kind: 'StatefulSet', namespace: 'default', name: 'myapp', replicas: 2 });
    expect(result).toEqual({ ok: false, error: 'StatefulSet default/myapp is not in the text (it may have been renamed or removed since).' });
  });

  it('says when the object sits in a document with a YAML error', () => {
    const broken = myappClusterIP.replace('  replicas: 3\n', '  replicas: 3\n   selector: x\n');
    const brokenLine = broken.split('\n').indexOf('   selector: x') + 1;
    const result = applyManifestEdit(broken, scaleMyapp(4));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(`YAML error at line ${brokenLine}`);
  });
});

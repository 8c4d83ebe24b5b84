import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { myappClusterIP } from '../../examples/myapp-clusterip';
import { applyManifestEdit } from './apply-edit';
import { clusterOf } from './test-fixtures';
import type { ManifestEdit } from './types';

const edits: fc.Arbitrary<ManifestEdit> = fc.oneof(
  fc.integer({ min: -3, max: 60 }).map((replicas) => ({ type: 'scale', kind: 'Deployment', namespace: 'default', name: 'myapp', replicas }) as const),
  fc
    .constantFrom('ClusterIP', 'NodePort', 'LoadBalancer')
    .map((value) => ({ type: 'set-service-field', namespace: 'default', name: 'myapp', field: 'type', value }) as const),
  fc
    // Valid label keys and values: invalid ones are the API server's to refuse, which the model reports.
    .dictionary(fc.stringMatching(/^[a-z]([a-z0-9.-]{0,6}[a-z0-9])?$/), fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9._-]{0,6}[A-Za-z0-9])?$/), { maxKeys: 3 })
    .map((selector) => ({ type: 'set-selector', namespace: 'default', name: 'myapp', selector }) as const),
);

describe('edits on any input', () => {
  it('never throw, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), edits, (text, edit) => {
        const result = applyManifestEdit(text, edit);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('leave a text that reads without errors, with the value asked for', () => {
    fc.assert(
      fc.property(edits, (edit) => {
        const result = applyManifestEdit(myappClusterIP, edit);
        if (!result.ok) return;
        const { cluster, errors } = clusterOf(result.text);
        expect(errors).toEqual([]);
        const service = cluster.services.find((s) => s.meta.name === 'myapp');
        if (edit.type === 'scale') expect(cluster.workloads.find((w) => w.meta.name === 'myapp')?.replicas).toBe(edit.replicas);
        if (edit.type === 'set-service-field') expect(service?.type).toBe(edit.value);
        if (edit.type === 'set-selector') expect(service?.selector ?? {}).toEqual(edit.selector);
      }),
      { numRuns: 150 },
    );
  });
});

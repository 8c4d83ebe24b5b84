import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples';
import { buildCluster } from '../model/build-cluster';
import { diagnoseCluster } from './diagnose-cluster';
import { lintText } from './lint';

describe('the built-in examples', () => {
  it.each(EXAMPLES.map((e) => [e.id, e.manifests] as const))('%s gets no warning and no error', (_id, manifests) => {
    const serious = diagnoseCluster(buildCluster(manifests)).filter((d) => d.severity !== 'info');
    expect(serious).toEqual([]);
    expect(lintText(manifests).diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

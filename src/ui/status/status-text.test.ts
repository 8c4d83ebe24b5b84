import { describe, expect, it } from 'vitest';
import { describeStatus, type StatusInput } from './status-text';

const ready: StatusInput = {
  status: 'ready',
  counts: { nodes: 4, pods: 3, readyPods: 3, services: 1, workloads: 1, ingresses: 0, errors: 0, warnings: 0 },
  failure: null,
  graphIsStale: false,
  blocking: undefined,
  hiddenNodeCount: 0,
  layout: 'elk',
  timings: { parseMs: 12, layoutMs: 80 },
  textSaved: true,
};

describe('describeStatus', () => {
  it('says Parsing… while a load runs', () => {
    expect(describeStatus({ ...ready, status: 'parsing' }).message).toBe('Parsing…');
  });

  it('sums up the cluster when ready', () => {
    const view = describeStatus(ready);
    expect(view.message).toBe('4 nodes · 3 pods (3 ready) · 1 service · 1 workload');
    expect(view.tone).toBe('ok');
    expect(view.notes).toContain('read in 12 ms, laid out in 80 ms (ELK)');
  });

  it('names the line of a YAML error when the graph shown is an older one', () => {
    const view = describeStatus({
      ...ready,
      graphIsStale: true,
      blocking: { code: 'YAML_SYNTAX', severity: 'error', message: 'bad', line: 27, column: 12 },
    });
    expect(view.message).toBe('YAML error on line 27: showing the last graph that could be read');
    expect(view.tone).toBe('error');
  });

  it('reports a failed load with its reason', () => {
    expect(describeStatus({ ...ready, status: 'failed', failure: 'the worker stopped' }).message).toBe(
      'Could not read the manifests: the worker stopped',
    );
  });

  it('notes objects left undrawn and text the browser would not keep', () => {
    const view = describeStatus({ ...ready, hiddenNodeCount: 120, textSaved: false });
    expect(view.notes).toContain('120 objects not drawn');
    expect(view.notes).toContain('text not saved in this browser');
  });
});

import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { describeStatus, type StatusInput } from './status-text';

const english = createI18n('en').getFixedT('en', 'status');
const chinese = createI18n('zh').getFixedT('zh', 'status');

const counts = { nodes: 4, pods: 3, readyPods: 3, services: 1, workloads: 1, ingresses: 0, errors: 0, warnings: 0 };
const ready: StatusInput = {
  status: 'ready',
  counts,
  failure: null,
  graphIsStale: false,
  blocking: undefined,
  hiddenNodeCount: 0,
  layout: 'elk',
  timings: { parseMs: 12, layoutMs: 80 },
  textSaved: true,
};
const stale: StatusInput = {
  ...ready,
  graphIsStale: true,
  blocking: { code: 'YAML_SYNTAX', severity: 'error', message: 'bad', line: 27, column: 12 },
};

describe('describeStatus', () => {
  it('says Parsing… while a load runs', () => {
    expect(describeStatus({ ...ready, status: 'parsing' }, english).message).toBe('Parsing…');
    expect(describeStatus({ ...ready, status: 'idle' }, english).message).toBe('Starting…');
  });

  it('sums up the cluster when ready', () => {
    const view = describeStatus(ready, english);
    expect(view.message).toBe('4 nodes · 3 pods (3 ready) · 1 service · 1 workload');
    expect(view.tone).toBe('ok');
    expect(view.notes).toContain('read in 12 ms, laid out in 80 ms (ELK)');
  });

  it('says one in the singular and counts ingresses only when there are some', () => {
    const few = { nodes: 1, pods: 1, readyPods: 0, services: 2, workloads: 3, ingresses: 1, errors: 0, warnings: 0 };
    expect(describeStatus({ ...ready, counts: few }, english).message).toBe('1 node · 1 pod (0 ready) · 2 services · 3 workloads · 1 ingress');
  });

  it('names the line of a YAML error when the graph shown is an older one', () => {
    const view = describeStatus(stale, english);
    expect(view.message).toBe('YAML error on line 27: showing the last graph that could be read');
    expect(view.tone).toBe('error');
    const unplaced = { ...stale, blocking: { code: 'YAML_SYNTAX', severity: 'error', message: 'bad' } } as const;
    expect(describeStatus(unplaced, english).message).toBe('YAML error: showing the last graph that could be read');
  });

  it('reports a failed load with its reason', () => {
    expect(describeStatus({ ...ready, status: 'failed', failure: 'the worker stopped' }, english).message).toBe(
      'Could not read the manifests: the worker stopped',
    );
    expect(describeStatus({ ...ready, status: 'failed', failure: null }, english).message).toBe('Could not read the manifests: unknown error');
  });

  it('notes objects left undrawn and text the browser would not keep', () => {
    const view = describeStatus({ ...ready, hiddenNodeCount: 120, textSaved: false, layout: 'columns' }, english);
    expect(view.notes).toContain('120 objects not drawn');
    expect(view.notes).toContain('text not saved in this browser');
    expect(view.notes).toContain('read in 12 ms, laid out in 80 ms (columns)');
    expect(describeStatus({ ...ready, hiddenNodeCount: 1 }, english).notes).toContain('1 object not drawn');
  });
});

describe('describeStatus in Chinese', () => {
  it('sums up the cluster, keeping Kubernetes kinds in English as the Chinese docs do', () => {
    const view = describeStatus(ready, chinese);
    expect(view.message).toBe('4 个 Node · 3 个 Pod（3 个就绪） · 1 个 Service · 1 个工作负载');
    expect(view.notes).toContain('读取用时 12 ms，布局用时 80 ms（ELK）');
    expect(describeStatus({ ...ready, counts: { ...counts, ingresses: 2 } }, chinese).message).toContain('2 个 Ingress');
  });

  it('says what the app is doing, and what went wrong', () => {
    expect(describeStatus({ ...ready, status: 'parsing' }, chinese).message).toBe('正在解析…');
    expect(describeStatus(stale, chinese).message).toBe('第 27 行有 YAML 错误：显示的是最后一次能读取的图');
    expect(describeStatus({ ...ready, status: 'failed', failure: null }, chinese).message).toBe('无法读取清单：未知错误');
    expect(describeStatus({ ...ready, counts: null }, chinese).message).toBe('就绪');
  });

  it('notes undrawn objects and unsaved text', () => {
    const view = describeStatus({ ...ready, hiddenNodeCount: 120, textSaved: false }, chinese);
    expect(view.notes).toEqual(['读取用时 12 ms，布局用时 80 ms（ELK）', '120 个对象未绘制', '文本未保存在此浏览器中']);
  });
});

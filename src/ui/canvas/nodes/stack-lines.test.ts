import { describe, expect, it } from 'vitest';
import type { PodStack } from '../../../protocol';
import { createI18n } from '../../../i18n/create-i18n';
import { podStackLines } from './stack-lines';

const english = createI18n('en').getFixedT('en', 'canvas');
const chinese = createI18n('zh').getFixedT('zh', 'canvas');

const stack: PodStack = {
  id: 'stack/node1/default/Deployment/web',
  namespace: 'default',
  workload: { kind: 'Deployment', name: 'web' },
  nodeName: 'node1',
  podNames: ['web-1', 'web-2', 'web-3', 'web-4', 'web-5'],
  ready: 2,
  terminating: 1,
};

describe('a pod stack’s lines', () => {
  it('say what the worker says in English: ready of total, the others, and how many pods the button opens', () => {
    expect(podStackLines(stack, english)).toEqual({ summary: '2/5 ready · 2 not ready · 1 terminating', open: 'Show 5 pods' });
    expect(podStackLines({ ...stack, ready: 5, terminating: 0 }, english)).toEqual({ summary: '5/5 ready', open: 'Show 5 pods' });
  });

  it('say the same in Chinese', () => {
    expect(podStackLines(stack, chinese)).toEqual({ summary: '2/5 就绪 · 2 个未就绪 · 1 个正在终止', open: '显示 5 个 Pod' });
  });

  it('for a folded namespace’s pods, count the ready ones and open the namespace', () => {
    const folded = { ...stack, workload: { kind: 'Namespace', name: 'team-a' }, terminating: 0 };
    expect(podStackLines(folded, english)).toEqual({ summary: '2/5 ready', open: 'Show namespace' });
    expect(podStackLines(folded, chinese)).toEqual({ summary: '2/5 就绪', open: '展开命名空间' });
  });
});

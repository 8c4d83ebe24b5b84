import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../core';
import { createI18n } from '../../i18n/create-i18n';
import { describeOutcome, outcomeLabel, outcomeTypeLabel } from './outcomes';

const english = createI18n('en').getFixedT('en', 'requests');
const chinese = createI18n('zh').getFixedT('zh', 'requests');
const HAN = /\p{Script=Han}/u;

const delivered: Outcome = { type: 'delivered', podNamespace: 'default', podName: 'myapp-1', podIP: '10.244.1.5', port: 8080, nodeName: 'node1' };
const dropped: Outcome = { type: 'dropped', reason: 'node2 has no local endpoints for default/web (externalTrafficPolicy: Local)' };
const unavailable: Outcome = { type: 'http-status', status: 503, reason: 'default/web has no endpoints' };

describe('outcome words', () => {
  it('names each outcome in the UI language; an HTTP answer by its status', () => {
    expect(outcomeTypeLabel('timeout', english)).toBe('Timed out');
    expect(outcomeTypeLabel('timeout', chinese)).toBe('超时');
    expect(outcomeLabel(unavailable, english)).toBe('HTTP 503');
    expect(outcomeLabel(unavailable, chinese)).toBe('HTTP 503');
    expect(outcomeLabel(dropped)).toBe('Dropped');
  });

  it('in English, a delivery names the pod and node, a failure gives the engine its reason', () => {
    expect(describeOutcome(delivered, english, 'en')).toBe('Delivered to myapp-1 on node1 (10.244.1.5:8080)');
    expect(describeOutcome(dropped, english, 'en')).toBe(`Dropped: ${dropped.reason}`);
    expect(describeOutcome(unavailable, english, 'en')).toBe('HTTP 503: default/web has no endpoints');
  });

  it('in Chinese, a delivery is worded from its fields and a failure by the core’s narration, not the English reason', () => {
    expect(describeOutcome(delivered, chinese, 'zh')).toBe('已送达 node1 上的 myapp-1（10.244.1.5:8080）');
    const droppedText = describeOutcome(dropped, chinese, 'zh');
    expect(droppedText).toMatch(HAN);
    expect(droppedText).not.toContain('local endpoints');
    expect(describeOutcome(unavailable, chinese, 'zh')).toContain('503');
    expect(describeOutcome(unavailable, chinese, 'zh')).toMatch(HAN);
  });
});

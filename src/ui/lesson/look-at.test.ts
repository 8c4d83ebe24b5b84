import { describe, expect, it } from 'vitest';
import { lookItemsOf } from './look-at';
import { myappLesson } from './test-lesson';

describe('what a lesson step points at', () => {
  const {
    trace,
    steps: { en: steps },
  } = myappLesson();

  it('the DNAT step shows the KUBE-SEP rule on its node and the destination it rewrote', () => {
    const step = steps.find((s) => s.title === 'DNAT');
    if (!step) throw new Error('no DNAT step');
    const items = lookItemsOf(step, trace);
    expect(items[0]).toMatchObject({ type: 'rule', id: expect.stringMatching(/^nat\/KUBE-SEP-/), node: 'node1', text: expect.stringContaining('DNAT') });
    expect(items[1]).toMatchObject({
      type: 'change',
      field: 'destination',
      before: '10.96.3.215:38080',
      after: expect.stringMatching(/^10\.244\.\d+\.\d+:8080$/),
    });
    expect(items).toHaveLength(2);
  });

  it('a hop that changes nothing shows the packet as it is', () => {
    const step = steps.find((s) => s.title === 'KUBE-SERVICES');
    if (!step) throw new Error('no KUBE-SERVICES step');
    expect(lookItemsOf(step, trace)).toEqual([
      expect.objectContaining({ type: 'rule', id: 'nat/KUBE-SERVICES/1' }),
      { type: 'packet', src: expect.stringMatching(/^192\.168\.49\.3:\d+$/), dst: '10.96.3.215:38080' },
    ]);
  });

  it('the introduction shows the request, the result the pod that answered', () => {
    expect(lookItemsOf(steps[0]!, trace)).toEqual([{ type: 'request', from: 'Node node1', to: '10.96.3.215:38080' }]);
    if (trace.outcome.type !== 'delivered') throw new Error(trace.outcome.type);
    expect(lookItemsOf(steps.at(-1)!, trace)).toEqual([{ type: 'place', name: `Pod ${trace.outcome.podName}` }]);
  });

  it('the outside client is data the card words in the reader language, with its address when it has one', () => {
    const external = { ...trace, request: { ...trace.request, source: { type: 'external' as const, ip: '203.0.113.10' } } };
    const intro = { ...steps[0]!, lookAt: { nodeId: 'client/external' } };
    expect(lookItemsOf(intro, external)).toEqual([{ type: 'request', from: { client: true, ip: '203.0.113.10' }, to: '10.96.3.215:38080' }]);
    const atClient = { ...steps[0]!, lookAt: { nodeId: 'client/external' } };
    expect(lookItemsOf(atClient, trace)).toEqual([{ type: 'place', name: { client: true } }]);
  });
});

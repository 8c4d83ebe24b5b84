import { describe, expect, it } from 'vitest';
import { hopNotes } from './hop-notes';
import { LOCAL_NODEPORT, MYAPP, firstPod, scenario } from './test-traces';

const HAN = /\p{Script=Han}/u;

describe('hop notes', () => {
  it('in English, each hop shows the engine’s own note', () => {
    const s = scenario(MYAPP);
    const from = firstPod(s.graph, 'myapp-');
    const trace = s.trace({ type: 'pod', namespace: from.namespace, name: from.name }, 'myapp');
    expect(hopNotes(trace, 'en')).toEqual(trace.hops.map((hop) => hop.note));
  });

  it('in Chinese, each hop gets a Chinese sentence, index for index, keeping chain names', () => {
    const s = scenario(MYAPP);
    const from = firstPod(s.graph, 'myapp-');
    const trace = s.trace({ type: 'pod', namespace: from.namespace, name: from.name }, 'myapp');
    const notes = hopNotes(trace, 'zh');
    expect(notes).toHaveLength(trace.hops.length);
    for (const note of notes) expect(note).toMatch(HAN);
    expect(notes.some((note) => note.includes('KUBE-SVC-'))).toBe(true);
  });

  it('a drop under externalTrafficPolicy: Local is told in Chinese too', () => {
    const s = scenario(LOCAL_NODEPORT);
    const pod = firstPod(s.graph, 'my-nginx-app-');
    const podNode = s.graph.nodes.find((n) => n.id === s.graph.nodes.find((p) => p.id === pod.id)?.parentId)?.label;
    const other = s.graph.nodes.find((n) => n.kind === 'node' && n.label !== podNode && !n.details.includes('control-plane'));
    const ip = other?.details[0];
    if (!ip) throw new Error('fixture changed');
    const trace = s.trace({ type: 'external' }, `${ip}:32143`);
    expect(trace.outcome.type).toBe('dropped');
    const notes = hopNotes(trace, 'zh');
    // The rule's own comment is quoted as it is (rule text is data); the sentence around it is Chinese.
    expect(notes.at(-1)).toMatch(/KUBE-EXTERNAL-SERVICES 链丢弃了/);
    expect(hopNotes(trace, 'en').join(' ')).toContain('has no local endpoints');
  });
});

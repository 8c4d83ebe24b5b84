import { describe, expect, it } from 'vitest';
import { withAlpha, wrapText } from './paint-scene';

/** One unit per character, like a monospace font. */
const measure = (text: string): number => text.length;

describe('label text', () => {
  it('wraps words to the width and keeps short text on one line', () => {
    expect(wrapText('random draw won', 40, 2, measure)).toEqual(['random draw won']);
    expect(wrapText('routed over the pod network from node3 to node2', 20, 3, measure)).toEqual(['routed over the pod', 'network from node3', 'to node2']);
  });

  it('cuts what does not fit in the allowed lines, and says so with an ellipsis', () => {
    const lines = wrapText('routed over the pod network from node3 to node2', 20, 2, measure);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(lines[1]?.length).toBeLessThanOrEqual(20);
  });

  it('a word longer than the width still shows (on its own line)', () => {
    expect(wrapText('KUBE-SEP-CG7QN2S7PAOFTQ3Q x', 10, 2, measure)).toEqual(['KUBE-SEP-CG7QN2S7PAOFTQ3Q', 'x']);
  });

  it('turns a hex colour into a translucent one', () => {
    expect(withAlpha('#16a34a', 0.25)).toBe('rgba(22, 163, 74, 0.25)');
  });
});

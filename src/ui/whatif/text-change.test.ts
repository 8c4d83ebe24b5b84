import { describe, expect, it } from 'vitest';
import { minimalChange } from './text-change';

const apply = (before: string, change: ReturnType<typeof minimalChange>): string =>
  change ? before.slice(0, change.from) + change.insert + before.slice(change.to) : before;

describe('minimalChange', () => {
  it('replaces only the span that differs', () => {
    const before = 'spec:\n  replicas: 3\n  selector: {}\n';
    const after = 'spec:\n  replicas: 5\n  selector: {}\n';
    expect(minimalChange(before, after)).toEqual({ from: 18, to: 19, insert: '5' });
  });

  it('handles insertions and deletions, and nothing for equal texts', () => {
    const before = 'metadata:\n  name: x\n';
    const after = 'metadata:\n  annotations:\n    a: b\n  name: x\n';
    expect(apply(before, minimalChange(before, after))).toBe(after);
    expect(apply(after, minimalChange(after, before))).toBe(before);
    expect(minimalChange(before, before)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { destinationOptions, endedOnItsOwn, shouldAutoplay } from './autoplay';

describe('a looping embed', () => {
  it('starts over when the run stops at its end', () => {
    expect(endedOnItsOwn({ playing: true, timeMs: 4990, endMs: 5000 }, { playing: false, timeMs: 5000, endMs: 5000 })).toBe(true);
  });

  it("leaves a reader's pause in the middle alone", () => {
    expect(endedOnItsOwn({ playing: true, timeMs: 2000, endMs: 5000 }, { playing: false, timeMs: 2000, endMs: 5000 })).toBe(false);
  });

  it('does nothing for an empty run or while still playing', () => {
    expect(endedOnItsOwn({ playing: true, timeMs: 0, endMs: 0 }, { playing: false, timeMs: 0, endMs: 0 })).toBe(false);
    expect(endedOnItsOwn({ playing: true, timeMs: 10, endMs: 50 }, { playing: true, timeMs: 50, endMs: 50 })).toBe(false);
  });
});

describe('autoplay', () => {
  const ready = { autoplay: true, hasGraph: true, alreadySent: false, reducedMotion: false };
  it('sends once the graph is there', () => {
    expect(shouldAutoplay(ready)).toBe(true);
    expect(shouldAutoplay({ ...ready, hasGraph: false })).toBe(false);
    expect(shouldAutoplay({ ...ready, alreadySent: true })).toBe(false);
  });

  it('is off unless asked for, and for readers who prefer less motion', () => {
    expect(shouldAutoplay({ ...ready, autoplay: false })).toBe(false);
    expect(shouldAutoplay({ ...ready, reducedMotion: true })).toBe(false);
  });
});

describe('the destination picker', () => {
  it("offers the scenario's target first, then the cluster's addresses once each", () => {
    const options = destinationOptions(' 10.96.3.215:38080 ', [
      { value: 'myapp', label: 'default/myapp: DNS name' },
      { value: '10.96.3.215:38080', label: 'default/myapp: ClusterIP' },
    ]);
    expect(options).toEqual([
      { value: '10.96.3.215:38080', label: '10.96.3.215:38080' },
      { value: 'myapp', label: 'myapp (default/myapp: DNS name)' },
    ]);
  });

  it("words each suggestion in the reader's language", () => {
    const chinese = (value: string, label: string): string => `${value}（${label}）`;
    expect(destinationOptions('', [{ value: 'web', label: 'default/web：DNS 名称' }], chinese)).toEqual([
      { value: 'web', label: 'web（default/web：DNS 名称）' },
    ]);
  });

  it('has only the suggestions when the scenario named no target', () => {
    expect(destinationOptions('', [{ value: 'web', label: 'x' }])).toEqual([{ value: 'web', label: 'web (x)' }]);
  });
});

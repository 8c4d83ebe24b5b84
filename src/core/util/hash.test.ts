import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, fnv1a, safeEncodeHash, safeSuffix, stableHash } from './hash';

const SAFE = /^[bcdfghjklmnpqrstvwxz2456789]+$/;

describe('fnv1a', () => {
  it('is the 32-bit FNV-1a of the text', () => {
    // Reference values of FNV-1a 32 (offset basis 0x811c9dc5, prime 0x01000193).
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});

describe('stableHash', () => {
  it('is the same for the same seed and parts, and differs when either changes', () => {
    expect(stableHash(1, 'clusterIP', 'default/web')).toBe(stableHash(1, 'clusterIP', 'default/web'));
    expect(stableHash(2, 'clusterIP', 'default/web')).not.toBe(stableHash(1, 'clusterIP', 'default/web'));
    expect(stableHash(1, 'clusterIP', 'default/api')).not.toBe(stableHash(1, 'clusterIP', 'default/web'));
  });

  it('keeps the boundaries between parts (a,bc is not ab,c)', () => {
    expect(stableHash(1, 'a', 'bc')).not.toBe(stableHash(1, 'ab', 'c'));
  });

  it('always returns an unsigned 32-bit integer', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.oneof(fc.string(), fc.integer())), (seed, parts) => {
        const h = stableHash(seed, ...parts);
        return Number.isInteger(h) && h >= 0 && h <= 0xffffffff;
      }),
    );
  });
});

describe('names made from hashes', () => {
  it('safeEncodeHash maps each decimal digit of the hash to the SafeEncodeString alphabet', () => {
    // '0' is char code 48; 48 % 27 = 21 → '4'; '1' → 22 → '5'; '9' → 57 % 27 = 3 → 'f'.
    expect(safeEncodeHash(10)).toBe('54');
    expect(safeEncodeHash(9)).toBe('f');
    expect(safeEncodeHash(4294967295)).toHaveLength(10);
  });

  it('safeSuffix gives n characters of the alphabet, stable for a seed and parts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.string(), fc.integer({ min: 1, max: 12 }), (seed, part, n) => {
        const s = safeSuffix(seed, n, part);
        return s.length === n && SAFE.test(s) && s === safeSuffix(seed, n, part);
      }),
    );
  });
});

describe('createRng', () => {
  it('replays the same sequence for the same seed, within [0, 1)', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(45);
  });

  it('int(n) stays in [0, n)', () => {
    const rng = createRng(7);
    const counts = [0, 0, 0];
    for (let i = 0; i < 300; i++) {
      const k = rng.int(3);
      expect(k === 0 || k === 1 || k === 2).toBe(true);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    expect(Math.min(...counts)).toBeGreaterThan(50);
  });
});

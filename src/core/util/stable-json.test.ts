import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stableStringify } from './stable-json';

describe('stableStringify', () => {
  it('does not depend on the order keys were written in', () => {
    expect(stableStringify({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'x' } })).toBe(stableStringify({ a: { c: 'x', d: [1, { y: 2, z: 1 }] }, b: 1 }));
    expect(stableStringify({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('keeps list order, drops undefined fields, and writes null', () => {
    expect(stableStringify([2, 1])).toBe('[2,1]');
    expect(stableStringify({ a: undefined, b: null })).toBe('{"b":null}');
  });

  it('equals JSON.stringify on JSON values up to key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(stableStringify(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { editDistance, isNearMiss } from './similarity';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and transpositions as one edit each', () => {
    expect(editDistance('myapp', 'myap')).toBe(1);
    expect(editDistance('web', 'wbe')).toBe(1);
    expect(editDistance('nginx', 'ngnix')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops early past the bound', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });
});

describe('isNearMiss', () => {
  it('takes a difference of case or a small typo as a near miss', () => {
    expect(isNearMiss('MyApp', 'myapp')).toBe(true);
    expect(isNearMiss('myap', 'myapp')).toBe(true);
    expect(isNearMiss('frontend', 'frontned')).toBe(true);
  });

  it('keeps short different values apart, and never calls equal strings a miss', () => {
    expect(isNearMiss('v1', 'v2')).toBe(false);
    expect(isNearMiss('dev', 'prd')).toBe(false);
    expect(isNearMiss('web', 'web')).toBe(false);
  });
});

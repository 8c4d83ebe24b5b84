import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveProbability, formatFixed, kernelProbabilityValue, savedProbability, writtenProbability } from './probability';
import { parseKubeVersion } from './version';

const current = parseKubeVersion('1.33');
const old = parseKubeVersion('1.16');

describe('statistic probabilities', () => {
  // The whole table of §1.4: n, written >= 1.17, echoed, written < 1.17, echoed.
  it.each([
    [2, '0.5000000000', '0.50000000000', '0.50000', '0.50000000000'],
    [3, '0.3333333333', '0.33333333349', '0.33333', '0.33332999982'],
    [4, '0.2500000000', '0.25000000000', '0.25000', '0.25000000000'],
    [5, '0.2000000000', '0.20000000019', '0.20000', '0.20000000019'],
    [6, '0.1666666667', '0.16666666651', '0.16667', '0.16667000018'],
    [7, '0.1428571429', '0.14285714272', '0.14286', '0.14286000002'],
    [10, '0.1000000000', '0.10000000009', '0.10000', '0.10000000009'],
  ])('1/%i is written %s and echoed %s (old: %s, %s)', (n, written, saved, oldWritten, oldSaved) => {
    expect(writtenProbability(n, current)).toBe(written);
    expect(savedProbability(written)).toBe(saved);
    expect(writtenProbability(n, old)).toBe(oldWritten);
    expect(savedProbability(oldWritten)).toBe(oldSaved);
  });

  it('the kernel keeps lround(2^31 · p)', () => {
    expect(kernelProbabilityValue('0.3333333333')).toBe(715827883);
    expect(kernelProbabilityValue('0.5000000000')).toBe(0x40000000);
  });

  it('rounds exact ties half to even, like printf and Go, not like toFixed', () => {
    expect(formatFixed(1 / 2048, 10)).toBe('0.0004882812');
    expect(formatFixed(1 / 64, 5)).toBe('0.01562');
    expect(formatFixed(0.125, 2)).toBe('0.12');
    expect(formatFixed(0.375, 2)).toBe('0.38');
    expect(formatFixed(2.5, 0)).toBe('2');
  });

  it('formats like toFixed wherever there is no exact tie', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 1, max: 12 }), (n, digits) => {
        const value = 1 / (n * 3);
        expect(formatFixed(value, digits)).toBe(value.toFixed(digits));
      }),
    );
  });

  it('the chain of conditional probabilities gives every one of n endpoints 1/n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), (n) => {
        let reach = 1;
        for (let i = 0; i < n; i++) {
          const p = i === n - 1 ? 1 : effectiveProbability(writtenProbability(n - i, current));
          expect(Math.abs(reach * p - 1 / n)).toBeLessThan(1e-8);
          reach *= 1 - p;
        }
      }),
    );
  });
});

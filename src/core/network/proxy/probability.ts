/**
 * The `-m statistic --probability` text: what kube-proxy writes, and what `iptables-save` echoes
 * after the kernel module stored it as a 31-bit integer. Both C's printf and Go's fmt round the
 * exact binary value half-to-even, which Number.prototype.toFixed does not (it rounds ties up),
 * so we format from the exact decimal expansion of the double.
 */
import { isAtLeast, type KubeVersion } from './version';

/** 2^31: libxt_statistic stores lround(0x80000000 * p). */
export const STATISTIC_SCALE = 0x80000000;

/** The exact value of a finite, non-negative double as mantissa / 2^exponent2 (both integers). */
function exactBinary(value: number): { mantissa: bigint; exponent2: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  const fraction = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  if (biased === 0) return { mantissa: fraction, exponent2: 1074 };
  return { mantissa: fraction | (1n << 52n), exponent2: 1075 - biased };
}

/** printf("%.<digits>f") for a non-negative double, rounding the exact value half to even. */
export function formatFixed(value: number, digits: number): string {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`cannot format ${value}`);
  const { mantissa, exponent2 } = exactBinary(value);
  // value = mantissa * 2^-exponent2; scale to an integer numerator over 2^exponent2 (or multiply up).
  let numerator = mantissa * 10n ** BigInt(digits);
  let denominator = 1n;
  if (exponent2 >= 0) denominator = 1n << BigInt(exponent2);
  else numerator <<= BigInt(-exponent2);
  let quotient = numerator / denominator;
  const twiceRemainder = (numerator % denominator) * 2n;
  if (twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n)) quotient += 1n;
  const text = quotient.toString().padStart(digits + 1, '0');
  if (digits === 0) return text;
  return `${text.slice(0, text.length - digits)}.${text.slice(text.length - digits)}`;
}

/**
 * What kube-proxy writes for the i-th of n remaining endpoints, 1/n: `%0.10f` since v1.17
 * (PR #83599), `%0.5f` before.
 */
export function writtenProbability(remaining: number, version: KubeVersion): string {
  return formatFixed(1 / remaining, isAtLeast(version, 17) ? 10 : 5);
}

/** The integer the xt_statistic module keeps: lround(2^31 * p), p parsed from the written text. */
export function kernelProbabilityValue(written: string): number {
  // Math.round rounds .5 up, which equals C's lround (half away from zero) for positive values.
  return Math.round(STATISTIC_SCALE * Number.parseFloat(written));
}

/** The probability the kernel really applies, as a number in [0, 1]. */
export function effectiveProbability(written: string): number {
  return kernelProbabilityValue(written) / STATISTIC_SCALE;
}

/** What `iptables-save` prints: `%.11f` of the stored value divided by 2^31. */
export function savedProbability(written: string): string {
  return formatFixed(effectiveProbability(written), 11);
}

/**
 * Deterministic hashing and seeded randomness. The core never uses Math.random: the same text and seed
 * give the same names, addresses and choices, so a shared link replays identically.
 */

/** FNV-1a, 32 bit, over UTF-16 code units. Also what Kubernetes uses (over bytes) for pod-template-hash. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A stable 32-bit hash of a seed and parts, for choices that must not move when unrelated objects change. */
export function stableHash(seed: number, ...parts: readonly (string | number)[]): number {
  let h = fnv1a(String(seed));
  for (const part of parts) h = fnv1a(`\u0000${part}`, h);
  // Final avalanche (murmur3 fmix32) so that nearby inputs spread over the whole range.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** Seeded PRNG (mulberry32). Returns floats in [0, 1). */
export interface Rng {
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}

/** Kubernetes' SafeEncodeString alphabet: no vowels, no 0/1/3, so generated names never spell words. */
const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * Kubernetes' rand.SafeEncodeString applied to the decimal form of a 32-bit hash, as the Deployment
 * controller does for pod-template-hash (which is why those hashes are 8 to 10 characters long).
 */
export function safeEncodeHash(value: number): string {
  let out = '';
  for (const ch of String(value >>> 0)) out += SAFE_ALPHABET[ch.charCodeAt(0) % SAFE_ALPHABET.length];
  return out;
}

/** Like Kubernetes' rand.String(n) for generated name suffixes, but seeded. */
export function safeSuffix(seed: number, length: number, ...parts: readonly (string | number)[]): string {
  let out = '';
  for (let i = 0; i < length; i++) out += SAFE_ALPHABET[stableHash(seed, i, ...parts) % SAFE_ALPHABET.length];
  return out;
}

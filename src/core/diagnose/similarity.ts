/**
 * "Did you mean" support. Optimal string alignment distance (a transposition counts as one edit, so
 * `wbe` → `web` is one typo), with an early exit once the bound is passed: label sets are small but
 * dumps can hold thousands of pods.
 */
export function editDistance(a: string, b: string, bound = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > bound) return bound + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * Two different strings that look like one typed wrongly: equal but for case, or at most 2 edits apart
 * and the edits are a small part of the word. The proportion keeps `v1`/`v2` and `dev`/`prd` apart:
 * those are different values on purpose, not typos.
 */
export function isNearMiss(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const longest = Math.max(a.length, b.length);
  const allowed = Math.min(2, Math.floor(longest / 3));
  return allowed > 0 && editDistance(a, b, allowed) <= allowed;
}

/**
 * The smallest single replacement that turns `before` into `after`: the editor applies a what-if as this one
 * change, so its undo history, cursor and scroll position survive and Ctrl+Z undoes exactly the what-if.
 */
export function minimalChange(before: string, after: string): { readonly from: number; readonly to: number; readonly insert: string } | null {
  if (before === after) return null;
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { from: start, to: endBefore, insert: after.slice(start, endAfter) };
}

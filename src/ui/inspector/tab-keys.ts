/**
 * Arrow-key movement in a tablist (WAI-ARIA tabs pattern, automatic activation): Left/Right wrap around,
 * Home/End jump to the ends. Returns the index to activate, or undefined for keys the tablist ignores.
 */
export function nextTabIndex(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

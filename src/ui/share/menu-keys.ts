/** Where focus goes in a menu of `count` items on a key press (WAI-ARIA menu button pattern); null: not a menu key. */
export function nextMenuIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
    case 'PageUp':
      return 0;
    case 'End':
    case 'PageDown':
      return count - 1;
    default:
      return null;
  }
}

/** Typing a letter moves to the next item starting with it, as native menus do. */
export function indexByLetter(labels: readonly string[], letter: string, from: number): number | null {
  if (letter.length !== 1 || !/\S/.test(letter)) return null;
  const wanted = letter.toLowerCase();
  for (let step = 1; step <= labels.length; step++) {
    const index = (from + step) % labels.length;
    if (labels[index]?.trim().toLowerCase().startsWith(wanted)) return index;
  }
  return null;
}

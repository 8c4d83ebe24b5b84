import { describe, expect, it } from 'vitest';
import { indexByLetter, nextMenuIndex } from './menu-keys';

describe('moving through a menu with the keyboard', () => {
  it('arrows wrap around at both ends', () => {
    expect(nextMenuIndex('ArrowDown', 2, 3)).toBe(0);
    expect(nextMenuIndex('ArrowUp', 0, 3)).toBe(2);
    expect(nextMenuIndex('ArrowDown', 0, 3)).toBe(1);
  });

  it('Home and End go to the first and last item', () => {
    expect(nextMenuIndex('Home', 2, 4)).toBe(0);
    expect(nextMenuIndex('End', 0, 4)).toBe(3);
  });

  it('other keys and empty menus are not menu moves', () => {
    expect(nextMenuIndex('Enter', 0, 3)).toBeNull();
    expect(nextMenuIndex('ArrowDown', 0, 0)).toBeNull();
  });

  it('a letter finds the next item starting with it, wrapping around', () => {
    const labels = ['PNG image', 'SVG image', 'Video of the request', 'Print'];
    expect(indexByLetter(labels, 'p', 0)).toBe(3);
    expect(indexByLetter(labels, 'P', 3)).toBe(0);
    expect(indexByLetter(labels, 'x', 0)).toBeNull();
    expect(indexByLetter(labels, ' ', 0)).toBeNull();
  });
});

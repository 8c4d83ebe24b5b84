import { describe, expect, it } from 'vitest';
import { lessonKeyAction, type KeyPress } from './lesson-keys';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  defaultPrevented: false,
  ...extra,
});
const inCard = { inCard: true, onPage: false };
const onPage = { inCard: false, onPage: true };
const elsewhere = { inCard: false, onPage: false };

describe('lesson keys', () => {
  it('arrows move between steps and Escape exits, from the card or the page', () => {
    expect(lessonKeyAction(press('ArrowRight'), inCard)).toBe('next');
    expect(lessonKeyAction(press('ArrowLeft'), onPage)).toBe('previous');
    expect(lessonKeyAction(press('Escape'), inCard)).toBe('exit');
    expect(lessonKeyAction(press('Enter'), inCard)).toBeNull();
  });

  it('leaves the keys to the editor, the timeline, the graph and the inspector when they have focus', () => {
    expect(lessonKeyAction(press('ArrowRight'), elsewhere)).toBeNull();
    expect(lessonKeyAction(press('Escape'), elsewhere)).toBeNull();
  });

  it('ignores a key with a modifier, or one something else already handled', () => {
    expect(lessonKeyAction(press('ArrowRight', { altKey: true }), inCard)).toBeNull();
    expect(lessonKeyAction(press('ArrowLeft', { shiftKey: true }), onPage)).toBeNull();
    expect(lessonKeyAction(press('ArrowRight', { defaultPrevented: true }), inCard)).toBeNull();
  });
});

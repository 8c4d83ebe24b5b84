export type LessonKeyAction = 'next' | 'previous' | 'exit';

/** Where a key press happened, as far as the lesson cares. */
export interface KeyPlace {
  /** Focus is in the lesson card. */
  readonly inCard: boolean;
  /** Focus is nowhere in particular (the page body): nothing else wants the key. */
  readonly onPage: boolean;
}

export interface KeyPress {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly defaultPrevented: boolean;
}

/**
 * ← and → move between steps and Esc exits, but only from the card or from the page itself: the same keys
 * move the caret in the editor, step the player's timeline, nudge a selected graph node and close the
 * inspector, and those keep them.
 */
export function lessonKeyAction(press: KeyPress, place: KeyPlace): LessonKeyAction | null {
  if (press.defaultPrevented || press.altKey || press.ctrlKey || press.metaKey || press.shiftKey) return null;
  if (!place.inCard && !place.onPage) return null;
  switch (press.key) {
    case 'ArrowRight':
      return 'next';
    case 'ArrowLeft':
      return 'previous';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

import { describe, expect, it } from 'vitest';
import { isActionsKey } from './whatif-keys';

describe('the keys that open a node’s what-ifs', () => {
  it('are the context-menu key and Shift+F10, as for any item’s actions', () => {
    expect(isActionsKey({ key: 'ContextMenu', shiftKey: false })).toBe(true);
    expect(isActionsKey({ key: 'F10', shiftKey: true })).toBe(true);
    expect(isActionsKey({ key: 'F10', shiftKey: false })).toBe(false);
    expect(isActionsKey({ key: 'Enter', shiftKey: false })).toBe(false);
  });
});

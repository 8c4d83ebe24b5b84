import { describe, expect, it } from 'vitest';
import { activeFilterCount, isGroupHidden, toggleGroup, toggleNamespace } from './kind-filters';

describe('filter choices', () => {
  it('hides and shows a group of kinds together', () => {
    const hidden = toggleGroup([], ['endpoints', 'endpointslice'], false);
    expect(hidden).toEqual(['endpoints', 'endpointslice']);
    expect(isGroupHidden(hidden, ['endpoints', 'endpointslice'])).toBe(true);
    expect(toggleGroup(hidden, ['endpoints', 'endpointslice'], true)).toEqual([]);
  });

  it('unticking a namespace shows the others; ticking them all again means no filter', () => {
    const all = ['a', 'b', 'c'];
    const shown = toggleNamespace(all, [], 'b', false);
    expect(shown).toEqual(['a', 'c']);
    expect(toggleNamespace(all, shown, 'b', true)).toEqual([]);
  });

  it('counts the filters that narrow the view', () => {
    expect(activeFilterCount({})).toBe(0);
    expect(activeFilterCount({ namespaces: ['a'], hiddenKinds: ['pod'], labelSelector: 'app=x' })).toBe(3);
    expect(activeFilterCount({ labelSelector: '  ' })).toBe(0);
  });
});

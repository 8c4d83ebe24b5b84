/**
 * Keyboard and pointer paths into the what-if bar. The context-menu key and Shift+F10 are the platform's
 * "actions for this item" keys; a right click on a node means the same.
 */
export function isActionsKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>): boolean {
  return event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
}

/** The graph node id of the React Flow node an event happened on, or null. */
export function nodeIdOfEvent(event: Event): string | null {
  const target = event.target;
  if (!(target instanceof Element)) return null;
  const element = target.closest<HTMLElement>('.react-flow__node[data-id]');
  return element?.dataset['id'] ?? null;
}

/** Back from the bar to the node it acts on. */
export function focusNodeElement(nodeId: string): void {
  document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`)?.focus();
}

/**
 * The style that rings the graph node a lesson step is about. It is a style rule keyed on React Flow's
 * `data-id` rather than React Flow's selection: the ring must follow the step whatever the user selects,
 * and survive React Flow re-rendering its nodes. The id is the user's data (object names), so it is escaped
 * for the attribute selector it goes into.
 */
export function lookAtHighlightCss(nodeId: string, escape: (value: string) => string = cssEscape): string {
  const node = `.react-flow__node[data-id="${escape(nodeId)}"]`;
  return `${node} :is(.node-card, .node-group) { box-shadow: 0 0 0 3px var(--accent), 0 0 0 8px color-mix(in srgb, var(--accent) 25%, transparent); }`;
}

/** CSS.escape where there is one (browsers); elsewhere (tests in Node) backslash every risky character. */
function cssEscape(value: string): string {
  if (typeof CSS !== 'undefined' && typeof CSS.escape === 'function') return CSS.escape(value);
  return value.replace(/[^a-zA-Z0-9_-]/g, (char) => `\\${char}`);
}

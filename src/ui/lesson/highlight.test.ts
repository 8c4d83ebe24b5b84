import { describe, expect, it } from 'vitest';
import { lookAtHighlightCss } from './highlight';

describe('the look-at ring', () => {
  it("rings the step's node by React Flow's data-id", () => {
    expect(lookAtHighlightCss('node/node1')).toMatch(/^\.react-flow__node\[data-id="node\\\/node1"\] :is\(\.node-card, \.node-group\) \{ box-shadow:/);
  });

  it('an object name cannot end the selector or start another rule', () => {
    const css = lookAtHighlightCss('pod/default/x"] { } body { display: none } [a="');
    // Everything the name brought stays inside the one quoted attribute value.
    const value = /data-id="((?:\\.|[^"\\])*)"/.exec(css)?.[1] ?? '';
    expect(css.startsWith(`.react-flow__node[data-id="${value}"] :is(`)).toBe(true);
    expect(value).not.toMatch(/(^|[^\\])["{}]/);
  });
});

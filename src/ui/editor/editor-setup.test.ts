import { language } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { PLAIN_TEXT_ABOVE_CHARS, editorExtensions } from './editor-setup';

const stateWith = (doc: string): EditorState => EditorState.create({ doc, extensions: editorExtensions(() => undefined, [], doc.length) });
const big = 'a: b\n'.repeat(Math.ceil(PLAIN_TEXT_ABOVE_CHARS / 5) + 1);

describe('syntax highlighting and text size', () => {
  it('highlights YAML of ordinary size', () => {
    expect(stateWith('kind: Service\n').facet(language)?.name).toBe('yaml');
  });

  it('shows a text over the limit as plain text from the start', () => {
    expect(stateWith(big).facet(language)).toBeNull();
  });

  it('turns highlighting off in the transaction that pastes a large text, and on again when it is replaced', () => {
    let state = stateWith('kind: Service\n');
    state = state.update({ changes: { from: 0, to: state.doc.length, insert: big } }).state;
    expect(state.facet(language)).toBeNull();
    state = state.update({ changes: { from: 0, to: state.doc.length, insert: 'kind: Pod\n' } }).state;
    expect(state.facet(language)?.name).toBe('yaml');
  });
});

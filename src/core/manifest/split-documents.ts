/**
 * Splits a YAML stream at its document markers so that one broken document does not hide the others.
 * A line that starts with `---` or `...` (then blank or end of line) ends a document in YAML wherever it
 * stands, even inside a block scalar, so cutting there never changes how a valid stream reads.
 */
export interface TextChunk {
  readonly text: string;
  /** Offset of the chunk's first character in the whole text. */
  readonly offset: number;
}

const MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;

export function splitDocuments(text: string): TextChunk[] {
  const chunks: TextChunk[] = [];
  let start = 0;
  for (const match of text.matchAll(MARKER)) {
    const at = match.index;
    chunks.push({ text: text.slice(start, at), offset: start });
    // A `---` line stays with the document it opens (`--- {a: 1}` is legal); a `...` line is dropped.
    start = match[0] === '---' ? at : skipLine(text, at);
  }
  chunks.push({ text: text.slice(start), offset: start });
  return chunks.filter((chunk) => chunk.text.trim() !== '' && chunk.text.trim() !== '---');
}

function skipLine(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end + 1;
}

import type { SourceLocation } from '../diagnostics';

/**
 * The text of one object as the user wrote it, from where it starts (`meta.source.location`) to where the
 * next thing starts: a `---` or `...` document marker, or (for an item of a `kind: List`) the first line
 * indented less than the object. JSON objects end at their matching brace. Lines after the first lose the
 * object's own indentation, so a List item reads as a document of its own. Trailing blank and comment lines
 * belong to whatever follows and are dropped.
 */
export function sliceObjectSource(text: string, location: SourceLocation): string | undefined {
  const lines = text.split(/\r?\n/);
  const first = lines[location.line - 1];
  if (first === undefined) return undefined;
  const indent = location.column - 1;
  const head = first.slice(indent);
  if (head.trim() === '') return undefined;
  if (head.startsWith('{')) return sliceJson(lines, location.line - 1, indent);

  const body: string[] = [head];
  for (let i = location.line; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^(---|\.\.\.)(\s|$)/.test(line)) break;
    const trimmed = line.trim();
    const lineIndent = line.length - line.trimStart().length;
    if (trimmed !== '' && !trimmed.startsWith('#') && lineIndent < indent) break;
    body.push(line.slice(Math.min(indent, lineIndent)));
  }
  while (body.length > 1 && /^\s*(#.*)?$/.test(body[body.length - 1] ?? '')) body.pop();
  return `${body.join('\n')}\n`;
}

/** From the `{` at (line, column) to its matching `}`, skipping braces inside strings. */
function sliceJson(lines: readonly string[], lineIndex: number, column: number): string | undefined {
  let depth = 0;
  let inString = false;
  let escaped = false;
  const out: string[] = [];
  for (let i = lineIndex; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const start = i === lineIndex ? column : 0;
    for (let c = start; c < line.length; c++) {
      const ch = line[c];
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') depth += 1;
      else if (ch === '}' || ch === ']') {
        depth -= 1;
        if (depth === 0) {
          out.push(dedent(line.slice(start, c + 1), i === lineIndex ? 0 : column));
          return `${out.join('\n')}\n`;
        }
      }
    }
    out.push(dedent(line.slice(start), i === lineIndex ? 0 : column));
  }
  return undefined;
}

function dedent(line: string, by: number): string {
  const spaces = line.length - line.trimStart().length;
  return line.slice(Math.min(by, spaces));
}

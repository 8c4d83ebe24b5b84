/**
 * Go's text/tabwriter, which kubectl prints every table and every `describe` through. Cells are terminated by
 * a tab; the text after a line's last tab is not a cell and is never padded. A column is sized per *block*:
 * the run of consecutive lines that have a cell in that column, so `describe`'s `Port:\thttp\t80/TCP` lines
 * align only with their neighbours. Widths count characters (Go counts runes).
 */
export interface TabwriterOptions {
  /** Smallest cell width, padding included. */
  readonly minWidth: number;
  /** Spaces added to the widest cell of a column block. */
  readonly padding: number;
}

/** kubectl get: printers.GetNewTabWriter (minwidth 6, padding 3). */
export const KUBECTL_GET_TABWRITER: TabwriterOptions = { minWidth: 6, padding: 3 };
/** kubectl describe: tabbedString (minwidth 0, padding 2). */
export const KUBECTL_DESCRIBE_TABWRITER: TabwriterOptions = { minWidth: 0, padding: 2 };

const width = (text: string): number => [...text].length;

export function tabwrite(text: string, options: TabwriterOptions): string {
  const endsWithNewline = text.endsWith('\n');
  const lines = (endsWithNewline ? text.slice(0, -1) : text).split('\n').map((line) => line.split('\t'));
  const out: string[] = new Array<string>(lines.length);
  const widths: number[] = [];

  const writeLines = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const cells = lines[i] ?? [];
      out[i] = cells.map((cell, j) => (j < cells.length - 1 && j < widths.length ? cell.padEnd((widths[j] ?? 0) - width(cell) + cell.length) : cell)).join('');
    }
  };

  // Go's Writer.format: recursive over columns, one block of consecutive lines at a time.
  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    let start = line0;
    for (let here = line0; here < line1; here++) {
      if (column >= (lines[here]?.length ?? 0) - 1) continue;
      writeLines(start, here);
      start = here;
      let cellWidth = options.minWidth;
      for (; here < line1; here++) {
        const cells = lines[here] ?? [];
        if (column >= cells.length - 1) break;
        cellWidth = Math.max(cellWidth, width(cells[column] ?? '') + options.padding);
      }
      widths.push(cellWidth);
      format(start, here);
      widths.pop();
      start = here;
      // `here` now points past the block; the loop's increment would skip a line.
      here -= 1;
    }
    writeLines(start, line1);
  };

  format(0, lines.length);
  return out.join('\n') + (endsWithNewline ? '\n' : '');
}

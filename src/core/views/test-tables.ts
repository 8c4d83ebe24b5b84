/**
 * For tests: reads a `kubectl get` table back into cells by cutting every row where the header's columns
 * start. If the layout is kubectl's, cutting and re-printing gives the same text back.
 */
export interface ParsedTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Rows as header → value. */
  readonly records: readonly Readonly<Record<string, string>>[];
}

export function parseTable(text: string): ParsedTable {
  const [header = '', ...lines] = text.replace(/\n$/, '').split('\n');
  const starts: number[] = [];
  const headers: string[] = [];
  // Columns are at least three spaces apart; a header may hold one space ("NOMINATED NODE").
  for (const match of header.matchAll(/\S+(?: \S+)*/g)) {
    starts.push(match.index);
    headers.push(match[0]);
  }
  const rows = lines.map((line) => starts.map((start, i) => line.slice(start, starts[i + 1] ?? line.length).trim()));
  return { headers, rows, records: rows.map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? '']))) };
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Manifests, labels, annotations, targets and ids reach the page from shared links and files written by
 * anyone. React and CodeMirror render them as text; this guard keeps every way to render text as markup
 * (or run it as code) out of the page's source, so a later change fails a test rather than a review.
 */
const SINKS = [/dangerouslySetInnerHTML/, /\.innerHTML\b/, /\.outerHTML\b/, /insertAdjacentHTML/, /document\.write/, /\beval\s*\(/, /\bnew\s+Function\b/, /createContextualFragment/];

const root = fileURLToPath(new URL('../../', import.meta.url));

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('text from links and files', () => {
  it('is never rendered as markup or run as code anywhere in the page', () => {
    const files = ['ui', 'store', 'app-url', 'share', 'bridge'].flatMap((dir) => sourcesUnder(join(root, dir)));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const sink of SINKS) expect(sink.test(text), `${file.slice(root.length)} uses ${sink.source}`).toBe(false);
    }
  });
});

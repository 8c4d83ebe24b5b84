import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * A link is untrusted: the code that reads it must never turn its text into code or markup. A guard on the
 * source itself, so a later change that reaches for eval or innerHTML here fails a test, not a review.
 */
const FORBIDDEN = [
  /\beval\s*\(/,
  /\bnew\s+Function\b/,
  /\bFunction\s*\(/,
  /innerHTML/,
  /outerHTML/,
  /insertAdjacentHTML/,
  /document\.write/,
  /dangerouslySetInnerHTML/,
  /setTimeout\s*\(\s*['"`]/,
  /import\s*\(\s*[^'"`]/,
];

const dir = new URL('.', import.meta.url);
const sources = readdirSync(dir)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }));

describe('the share code', () => {
  it('never evaluates or renders what it decodes', () => {
    expect(sources.length).toBeGreaterThan(4);
    for (const { name, text } of sources) {
      for (const pattern of FORBIDDEN) expect(pattern.test(text), `${name} matches ${pattern.source}`).toBe(false);
    }
  });

  it('is browser code without React that takes only types from the core (the core runs in the worker, not the page)', () => {
    let imports = 0;
    for (const { name, text } of sources) {
      for (const [statement, from = ''] of text.matchAll(/^import\s[^;]*?from '([^']+)';/gms)) {
        imports += 1;
        const local = from.startsWith('./');
        const coreTypes = from === '../core' && statement.startsWith('import type ');
        expect(local || coreTypes, `${name}: ${statement}`).toBe(true);
      }
    }
    expect(imports).toBeGreaterThan(10);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitDocuments } from './split-documents';

describe('splitDocuments', () => {
  it('cuts at --- lines and keeps each chunk at its offset in the text', () => {
    const text = 'a: 1\n---\nb: 2\n';
    expect(splitDocuments(text)).toEqual([
      { text: 'a: 1\n', offset: 0 },
      { text: '---\nb: 2\n', offset: 5 },
    ]);
  });

  it('keeps the --- line with the document it opens, so "--- {a: 1}" is not lost', () => {
    expect(splitDocuments('--- {a: 1}\n--- {b: 2}\n').map((c) => c.text)).toEqual(['--- {a: 1}\n', '--- {b: 2}\n']);
  });

  it('drops ... end-marker lines and empty chunks', () => {
    expect(splitDocuments('a: 1\n...\n---\n---\nb: 2\n').map((c) => c.text)).toEqual(['a: 1\n', '---\nb: 2\n']);
  });

  it('does not cut at ---- , ---x or an indented ---', () => {
    const text = 'a: |\n  ---\n----\n---x: 1\n';
    expect(splitDocuments(text)).toEqual([{ text, offset: 0 }]);
  });

  it('handles Windows line ends', () => {
    expect(splitDocuments('a: 1\r\n---\r\nb: 2\r\n').map((c) => c.text)).toEqual(['a: 1\r\n', '---\r\nb: 2\r\n']);
  });

  it('every chunk is the text found at its offset', () => {
    const line = fc.constantFrom('---', '...', 'a: 1', '  ---', '--- {x: 1}', '', '# c', '----');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        const text = lines.join('\n');
        for (const chunk of splitDocuments(text)) expect(text.slice(chunk.offset, chunk.offset + chunk.text.length)).toBe(chunk.text);
      }),
    );
  });
});

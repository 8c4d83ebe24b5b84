import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColour, relativeLuminance } from './contrast';

describe('WCAG contrast', () => {
  it('black on white is 21:1 and a colour on itself is 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1d4ed8', '#1d4ed8')).toBe(1);
  });

  it('does not care which colour is the text', () => {
    expect(contrastRatio('#475569', '#f8fafc')).toBe(contrastRatio('#f8fafc', '#475569'));
  });

  it('matches the published figures of well-known pairs', () => {
    // #777 on white is the classic "just fails AA" grey; #767676 the lightest grey that passes.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
  });

  it('weighs green most and blue least, as the eye does', () => {
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 4);
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000000')).toBe(0);
  });

  it('reads short and long hex in any case, with spaces around', () => {
    expect(parseHexColour(' #1A4 ')).toEqual({ r: 0x11, g: 0xaa, b: 0x44 });
    expect(parseHexColour('#16A34A')).toEqual({ r: 22, g: 163, b: 74 });
  });

  it('refuses anything that is not a plain hex colour', () => {
    for (const text of ['', 'red', '#12345', '#1234567', 'rgb(0 0 0)', 'var(--text)', '#ggg']) expect(() => parseHexColour(text)).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { readThemeTokens } from './css-tokens';

const CSS = `
/* --commented: #000000; is not a token */
:root {
  --bg: #ffffff;
  --text: #111111;
  --ring: var(--text);
  font-family: sans-serif;
}
:root[data-theme="dark"] {
  --bg: #000000;
  --text: #eeeeee;
}
.card { --bg: #ff0000; color: var(--text); }
@media (min-width: 10px) { :root { --ignored-inside-media: #123456; } }
`;

describe('theme tokens from a style sheet', () => {
  it('reads the light block and lays the dark block over it', () => {
    const { light, dark } = readThemeTokens(CSS);
    expect(light['--bg']).toBe('#ffffff');
    expect(dark['--bg']).toBe('#000000');
    expect(light['--commented']).toBeUndefined();
  });

  it('resolves an alias in each theme to that theme’s colour', () => {
    const { light, dark } = readThemeTokens(CSS);
    expect(light['--ring']).toBe('#111111');
    expect(dark['--ring']).toBe('#eeeeee');
  });

  it('ignores custom properties set on other selectors or inside @media', () => {
    const { light } = readThemeTokens(CSS);
    expect(light['--bg']).toBe('#ffffff');
    expect(light['--ignored-inside-media']).toBeUndefined();
  });

  it('fails loudly on an alias to a token that does not exist', () => {
    expect(() => readThemeTokens(':root { --a: var(--missing); }')).toThrow(/--missing/);
  });

  it('fails loudly on aliases that go round in a circle', () => {
    expect(() => readThemeTokens(':root { --a: var(--b); --b: var(--a); }')).toThrow(/refers to itself/);
  });
});

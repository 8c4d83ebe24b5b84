/**
 * Reads the colour tokens of both themes out of a style sheet's text: the `:root` block (light) and the
 * `:root[data-theme='dark']` block, which overrides some of them. var() aliases are resolved within
 * the theme, so `--edge-owns: var(--kind-workload)` yields each theme's own colour. Pure (text in, maps out):
 * the token test runs it on app.css in Node.
 */

export type ThemeName = 'light' | 'dark';
export type TokenMap = Readonly<Record<string, string>>;

const LIGHT_SELECTOR = ':root';
const DARK_SELECTOR = ":root[data-theme='dark']";

/** Top-level rules as [prelude, body]; a block inside @media or another rule is not a theme block. */
function topLevelRules(text: string): [string, string][] {
  const rules: [string, string][] = [];
  let depth = 0;
  let preludeStart = 0;
  let bodyStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '{') {
      if (depth === 0) bodyStart = i + 1;
      depth += 1;
    } else if (text[i] === '}') {
      depth -= 1;
      if (depth === 0) {
        rules.push([text.slice(preludeStart, bodyStart - 1), text.slice(bodyStart, i)]);
        preludeStart = i + 1;
      }
    }
  }
  return rules;
}

function declarationsOf(css: string, selector: string): Record<string, string> {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const found: Record<string, string> = {};
  for (const [prelude, body] of topLevelRules(text)) {
    const selectors = prelude.split(',').map((s) => s.trim().replace(/"/g, "'"));
    if (!selectors.includes(selector)) continue;
    for (const declaration of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);?/g)) {
      const name = declaration[1];
      const value = declaration[2];
      if (name && value) found[name] = value.trim();
    }
  }
  return found;
}

function resolveAll(raw: Record<string, string>): Record<string, string> {
  const resolved: Record<string, string> = {};
  const resolve = (name: string, seen: readonly string[]): string => {
    const known = resolved[name];
    if (known !== undefined) return known;
    const value = raw[name];
    if (value === undefined) throw new Error(`token ${name} is used but not defined`);
    if (seen.includes(name)) throw new Error(`token ${name} refers to itself through ${seen.join(' → ')}`);
    const out = value.replace(/var\(\s*(--[\w-]+)\s*\)/g, (_all, inner: string) => resolve(inner, [...seen, name]));
    resolved[name] = out;
    return out;
  };
  for (const name of Object.keys(raw)) resolve(name, []);
  return resolved;
}

/** Both themes' tokens, aliases resolved; dark is light with the dark block's overrides. */
export function readThemeTokens(css: string): Readonly<Record<ThemeName, TokenMap>> {
  const light = declarationsOf(css, LIGHT_SELECTOR);
  const dark = { ...light, ...declarationsOf(css, DARK_SELECTOR) };
  return { light: resolveAll(light), dark: resolveAll(dark) };
}

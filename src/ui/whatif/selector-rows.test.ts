import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { rowsOf, selectorEdit, selectorProblemText, type SelectorProblem } from './selector-rows';

const english = createI18n('en').getFixedT('en', 'whatif');
const chinese = createI18n('zh').getFixedT('zh', 'whatif');

const service = {
  kind: 'service',
  namespace: 'shop',
  name: 'web',
  type: 'ClusterIP',
  externalTrafficPolicy: null,
  sessionAffinity: 'None',
  selector: { app: 'web' },
  headless: false,
} as const;

describe('the selector editor rows', () => {
  it('turns rows into a selector edit, ignoring blank rows and spaces', () => {
    expect(
      selectorEdit(service, [
        { key: ' app ', value: 'web2' },
        { key: '', value: '' },
        { key: 'app.kubernetes.io/tier', value: 'front' },
      ]),
    ).toEqual({
      edit: { type: 'set-selector', namespace: 'shop', name: 'web', selector: { app: 'web2', 'app.kubernetes.io/tier': 'front' } },
    });
  });

  it('refuses what the API server refuses, saying what is wrong', () => {
    expect(selectorEdit(service, [{ key: 'app', value: 'web-' }])).toEqual({ error: { type: 'bad-value', value: 'web-' } });
    expect(selectorEdit(service, [{ key: 'bad key', value: 'x' }])).toEqual({ error: { type: 'bad-key', key: 'bad key' } });
    expect(selectorEdit(service, [{ key: 'Bad_Prefix/app', value: 'x' }])).toEqual({ error: { type: 'bad-prefix', key: 'Bad_Prefix/app' } });
    expect(selectorEdit(service, [{ key: '', value: 'x' }])).toEqual({ error: { type: 'value-needs-key', value: 'x' } });
    expect(
      selectorEdit(service, [
        { key: 'a', value: '1' },
        { key: 'a', value: '2' },
      ]),
    ).toEqual({ error: { type: 'key-twice', key: 'a' } });
  });

  it('words each problem in English and in Chinese, quoting what was typed', () => {
    const problems: SelectorProblem[] = [
      { type: 'value-needs-key', value: 'x' },
      { type: 'bad-prefix', key: 'Bad_Prefix/app' },
      { type: 'bad-key', key: 'bad key' },
      { type: 'bad-value', value: 'web-' },
      { type: 'key-twice', key: 'a' },
    ];
    expect(problems.map((p) => selectorProblemText(p, english))).toEqual([
      'The value "x" needs a key',
      '"Bad_Prefix/app": the prefix must be a DNS subdomain',
      '"bad key": a label key is up to 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit',
      '"web-": a label value is up to 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit',
      '"a" is there twice',
    ]);
    expect(problems.map((p) => selectorProblemText(p, chinese))).toEqual([
      '值“x”缺少键',
      '“Bad_Prefix/app”：前缀必须是 DNS 子域名',
      '“bad key”：标签键最多 63 个字符，只能包含字母、数字、“-”、“_”或“.”，并以字母或数字开头和结尾',
      '“web-”：标签值最多 63 个字符，只能包含字母、数字、“-”、“_”或“.”，并以字母或数字开头和结尾',
      '“a”出现了两次',
    ]);
  });

  it('starts from the Service’s selector', () => {
    expect(rowsOf({ app: 'web', tier: 'front' })).toEqual([
      { key: 'app', value: 'web' },
      { key: 'tier', value: 'front' },
    ]);
    expect(rowsOf(null)).toEqual([]);
  });
});

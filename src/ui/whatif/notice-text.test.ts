import { describe, expect, it } from 'vitest';
import { summarizeEdit, type EditDone } from '../../core';
import { createI18n } from '../../i18n/create-i18n';
import { doneText, noticeText } from './notice-text';

const english = createI18n('en').getFixedT('en', 'whatif');
const chinese = createI18n('zh').getFixedT('zh', 'whatif');
const HAN = /\p{Script=Han}/u;

const scaled: EditDone = { type: 'scaled', kind: 'Deployment', name: 'myapp', fromReplicas: '3', toReplicas: 5 };
const owner = { kind: 'Deployment', name: 'myapp' };
/** One of every kind of result, with and without its optional parts. */
const EVERY_DONE: readonly EditDone[] = [
  scaled,
  { type: 'scaled', kind: 'StatefulSet', name: 'db', fromReplicas: null, toReplicas: 2 },
  { type: 'service-type', namespace: 'default', name: 'web', serviceType: 'NodePort' },
  { type: 'service-field', namespace: 'shop', name: 'web', field: 'externalTrafficPolicy', value: 'Local' },
  { type: 'service-field', namespace: 'default', name: 'web', field: 'sessionAffinity', value: 'ClientIP' },
  { type: 'selector', namespace: 'default', name: 'web', selector: { app: 'web', tier: 'front' } },
  { type: 'selector', namespace: 'default', name: 'web', selector: {} },
  { type: 'pod-ready', name: 'solo', ready: true },
  { type: 'pod-ready', name: 'solo', ready: false },
  { type: 'pod-ready', name: 'myapp-1', ready: true, writtenOn: owner },
  { type: 'pod-ready', name: 'myapp-1', ready: false, writtenOn: owner },
  { type: 'pod-deleted', name: 'solo' },
  { type: 'pod-deleted', name: 'myapp-1', writtenOn: owner },
];

describe('the what-if message', () => {
  it('says the text is being edited, in the UI language', () => {
    expect(noticeText({ tone: 'busy' }, english)).toBe('Editing the manifests…');
    expect(noticeText({ tone: 'busy' }, chinese)).toBe('正在修改清单…');
  });

  it('in English, says every result word for word as the core’s summary does', () => {
    for (const done of EVERY_DONE) expect(doneText(done, english)).toBe(summarizeEdit(done));
  });

  it('in Chinese, says every result in Chinese and keeps the names, fields and values as written', () => {
    for (const done of EVERY_DONE) expect(doneText(done, chinese), done.type).toMatch(HAN);
    expect(doneText(scaled, chinese)).toBe('Deployment myapp 的副本数已从 3 改为 5');
    expect(doneText(EVERY_DONE[1] ?? scaled, chinese)).toBe('StatefulSet db 的副本数已从 1（默认值） 改为 2');
    expect(doneText(EVERY_DONE[3] ?? scaled, chinese)).toBe('Service shop/web 的 externalTrafficPolicy 已设为 Local');
    expect(doneText(EVERY_DONE[5] ?? scaled, chinese)).toBe('Service default/web 的选择算符已改为 app=web,tier=front');
    expect(doneText(EVERY_DONE[10] ?? scaled, chinese)).toBe('Pod myapp-1 已设为未就绪（记录在 Deployment myapp 的注解中）');
  });

  it('adds the line of the change, and says when the text already had it', () => {
    expect(noticeText({ tone: 'ok', done: scaled, changed: true, line: 7 }, english)).toBe('Deployment myapp scaled from 3 to 5 replicas · manifests line 7');
    expect(noticeText({ tone: 'ok', done: scaled, changed: true, line: 7 }, chinese)).toBe('Deployment myapp 的副本数已从 3 改为 5 · 清单第 7 行');
    const affinity = EVERY_DONE[4] ?? scaled;
    expect(noticeText({ tone: 'ok', done: affinity, changed: false }, english)).toBe('Service default/web: sessionAffinity ClientIP (already so in the text)');
    expect(noticeText({ tone: 'ok', done: affinity, changed: false }, chinese)).toBe(
      'Service default/web 的 sessionAffinity 已设为 ClientIP（文本中已是如此）',
    );
  });

  it('words a refusal: the text that changed meanwhile in full, the core’s reason inside the UI’s words', () => {
    expect(noticeText({ tone: 'error', refusal: { type: 'text-changed' } }, english)).toBe('The manifests changed while the edit was made; try again.');
    expect(noticeText({ tone: 'error', refusal: { type: 'text-changed' } }, chinese)).toBe('修改期间清单发生了变化，请重试。');
    const refused = { tone: 'error', refusal: { type: 'refused', message: 'no Service default/x' } } as const;
    expect(noticeText(refused, english)).toBe('no Service default/x');
    expect(noticeText(refused, chinese)).toBe('无法修改：no Service default/x');
  });
});

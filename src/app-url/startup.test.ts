import { describe, expect, it } from 'vitest';
import { DEFAULT_EXAMPLE_ID } from '../examples';
import type { AppUrl } from './app-url';
import { planStartup } from './startup';

const plain: AppUrl = { exampleId: null, embed: false, autoplay: false, loop: false, hasScenario: false, language: null };
const scenario = { v: 1, manifests: 'kind: Service', settings: {}, seed: 7 } as const;

describe('what the app opens with', () => {
  it('a plain address opens the text saved in this browser', () => {
    expect(planStartup(plain, null)).toEqual({ type: 'stored' });
  });

  it('a known example id opens that example', () => {
    const plan = planStartup({ ...plain, exampleId: 'nginx-nodeport' }, null);
    expect(plan.type === 'example' && plan.example.id).toBe('nginx-nodeport');
    expect('notice' in plan).toBe(false);
  });

  it('an unknown example id opens the default example and says which id was not found', () => {
    const plan = planStartup({ ...plain, exampleId: '<script>' }, null);
    expect(plan.type === 'example' && plan.example.id).toBe(DEFAULT_EXAMPLE_ID);
    expect(plan.type === 'example' && plan.notice).toEqual({ type: 'unknown-example', id: '<script>' });
  });

  it('a decoded scenario wins over an example id', () => {
    const plan = planStartup({ ...plain, exampleId: 'nginx-nodeport', hasScenario: true }, { ok: true, scenario });
    expect(plan).toEqual({ type: 'scenario', scenario });
  });

  it('a refused link keeps the saved text in the full app and says why', () => {
    const plan = planStartup({ ...plain, hasScenario: true }, { ok: false, code: 'corrupt', reason: 'the link is damaged' });
    expect(plan).toEqual({ type: 'stored', notice: { type: 'refused-link', code: 'corrupt', reason: 'the link is damaged' } });
  });

  it('an embed never opens the saved text: the default example instead', () => {
    expect(planStartup({ ...plain, embed: true }, null)).toMatchObject({ type: 'example', example: { id: DEFAULT_EXAMPLE_ID } });
    const refused = planStartup({ ...plain, embed: true, hasScenario: true }, { ok: false, code: 'not-json', reason: 'x' });
    expect(refused).toMatchObject({ type: 'example', example: { id: DEFAULT_EXAMPLE_ID }, notice: { type: 'refused-link', code: 'not-json' } });
  });
});

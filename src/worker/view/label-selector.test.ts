import { describe, expect, it } from 'vitest';
import { matchesLabels, parseLabelSelector } from './label-selector';

const matches = (selector: string, labels: Record<string, string>): boolean => {
  const parsed = parseLabelSelector(selector);
  if (!parsed.ok) throw new Error(parsed.error);
  return matchesLabels(parsed.requirements, labels);
};

describe('label selectors as kubectl -l reads them', () => {
  it('equality, inequality, existence and absence', () => {
    expect(matches('app=web', { app: 'web' })).toBe(true);
    expect(matches('app==web', { app: 'api' })).toBe(false);
    expect(matches('tier!=db', {})).toBe(true);
    expect(matches('tier!=db', { tier: 'db' })).toBe(false);
    expect(matches('env', { env: '' })).toBe(true);
    expect(matches('!legacy', { legacy: 'yes' })).toBe(false);
  });

  it('set requirements keep their commas inside the parentheses', () => {
    expect(matches('tier in (web, api),app=shop', { tier: 'api', app: 'shop' })).toBe(true);
    expect(matches('tier notin (web,api)', { tier: 'db' })).toBe(true);
    expect(matches('tier in (web)', {})).toBe(false);
  });

  it('every requirement must hold; an empty selector matches everything', () => {
    expect(matches('app=web,tier=db', { app: 'web', tier: 'api' })).toBe(false);
    expect(matches('  ', { app: 'web' })).toBe(true);
  });

  it('says which part it cannot read', () => {
    expect(parseLabelSelector('app=web,=x')).toEqual({ ok: false, error: expect.stringContaining('"=x"') as unknown });
    expect(parseLabelSelector('app in web').ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { rowsOf, selectorEdit } from './selector-rows';

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
    expect(selectorEdit(service, [{ key: 'app', value: 'web-' }])).toMatchObject({ error: expect.stringContaining('"web-"') as unknown });
    expect(selectorEdit(service, [{ key: 'bad key', value: 'x' }])).toMatchObject({ error: expect.stringContaining('"bad key"') as unknown });
    expect(selectorEdit(service, [{ key: '', value: 'x' }])).toEqual({ error: 'The value "x" needs a key' });
    expect(
      selectorEdit(service, [
        { key: 'a', value: '1' },
        { key: 'a', value: '2' },
      ]),
    ).toEqual({ error: '"a" is there twice' });
  });

  it('starts from the Service’s selector', () => {
    expect(rowsOf({ app: 'web', tier: 'front' })).toEqual([
      { key: 'app', value: 'web' },
      { key: 'tier', value: 'front' },
    ]);
    expect(rowsOf(null)).toEqual([]);
  });
});

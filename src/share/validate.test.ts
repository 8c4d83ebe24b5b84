import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MAX_INPUT_BYTES } from '../core';
import { MAX_FILE_BYTES, SCENARIO_VERSION } from './scenario';
import { scenarioOf } from './test-fixtures';
import { validateScenario } from './validate';

const options = { maxManifestsChars: 1000 };
const withSettings = (settings: unknown): unknown => ({ ...scenarioOf('kind: Service'), settings });

describe('validateScenario', () => {
  it('accepts every default cluster setting as svcscope itself writes it', () => {
    expect(validateScenario(withSettings(DEFAULT_SETTINGS), options)).toEqual({
      ok: true,
      scenario: { ...scenarioOf('kind: Service'), settings: DEFAULT_SETTINGS },
    });
  });

  it.each([
    [{ serviceCIDR: '10.96.0.0' }, 'settings.serviceCIDR must be an IPv4 CIDR'],
    [{ serviceCIDR: '10.96.0.0/33' }, 'settings.serviceCIDR must be an IPv4 CIDR'],
    [{ clusterCIDR: '300.1.1.0/16' }, 'settings.clusterCIDR must be an IPv4 CIDR'],
    [{ clusterDomain: 'Cluster Local' }, 'settings.clusterDomain must be a DNS domain'],
    [{ workerCount: 1e9 }, 'settings.workerCount must be a whole number from 1 to 50'],
    [{ proxyMode: 'userspace' }, 'settings.proxyMode must be one of iptables, ipvs, nftables'],
    [{ kubeVersion: '1.x' }, 'settings.kubeVersion must be a version such as 1.33'],
    [{ nodePortRange: { base: 65000, size: 1000 } }, 'settings.nodePortRange ends past port 65535'],
    [{ externalClientIP: 'localhost' }, 'settings.externalClientIP must be an IPv4 address'],
    [{ masqueradeAll: 'yes' }, 'settings.masqueradeAll must be true or false'],
    [{ colour: 'blue' }, 'settings has an unknown field "colour"'],
  ])('refuses settings %j: %s', (settings, reason) => {
    expect(validateScenario(withSettings(settings), options)).toMatchObject({ ok: false, code: 'invalid', reason: expect.stringContaining(reason) });
  });

  it('refuses manifests longer than the cap it is given, naming both lengths', () => {
    expect(validateScenario(scenarioOf('x'.repeat(1001)), options)).toEqual({
      ok: false,
      code: 'invalid',
      reason: 'manifests is 1,001 characters long; at most 1,000 are accepted',
    });
  });

  it('refuses control characters in one-line fields but keeps them in the manifests text', () => {
    expect(validateScenario(scenarioOf('a:\tb\r\n\u0000'), options).ok).toBe(true);
    expect(validateScenario({ ...scenarioOf('x'), view: { selected: 'pod/a\u0007' } }, options)).toMatchObject({
      ok: false,
      reason: 'view.selected contains a control character',
    });
  });

  it('refuses objects that are not plain, even from a caller in the same page', () => {
    class Sneaky {
      v = SCENARIO_VERSION;
    }
    expect(validateScenario(new Sneaky(), options)).toMatchObject({ ok: false, code: 'invalid', reason: 'scenario must be a plain object' });
  });

  it('returns a copy that shares no object with its input', () => {
    const input = { ...scenarioOf('x'), settings: { proxyMode: 'ipvs' }, view: { zoom: 2 } };
    const result = validateScenario(input, options);
    if (!result.ok) throw new Error(result.reason);
    expect(result.scenario.settings).not.toBe(input.settings);
    expect(result.scenario.view).not.toBe(input.view);
  });

  it('allows a file to carry as much text as the editor accepts', () => {
    expect(MAX_FILE_BYTES).toBeGreaterThanOrEqual(MAX_INPUT_BYTES);
  });
});

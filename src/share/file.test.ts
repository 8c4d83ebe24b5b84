import { describe, expect, it } from 'vitest';
import { readScenarioFile, SCENARIO_FILE_FORMAT, scenarioFileFor, scenarioFileName } from './file';
import { MAX_FILE_BYTES, MAX_LINK_JSON_BYTES } from './scenario';
import { scenarioOf } from './test-fixtures';

const scenario = scenarioOf('# 服务\nkind: Service\n<script>alert(1)</script>\n', { exampleId: 'nginx-nodeport', lang: 'zh', view: { zoom: 0.8 } });

describe('scenario files', () => {
  it('round-trip as readable, pretty-printed JSON with a format marker', () => {
    const text = scenarioFileFor(scenario);
    expect(text).toContain(`"format": "${SCENARIO_FILE_FORMAT}"`);
    expect(text).toContain('<script>alert(1)</script>');
    expect(readScenarioFile(text)).toEqual({ ok: true, scenario });
  });

  it('carry scenarios too big for a link', () => {
    const big = scenarioOf('kind: ConfigMap\n'.repeat(Math.ceil(MAX_LINK_JSON_BYTES / 16) + 10));
    expect(readScenarioFile(scenarioFileFor(big))).toEqual({ ok: true, scenario: big });
  });

  it('are read with a byte-order mark in front, as some editors save them', () => {
    expect(readScenarioFile(`\uFEFF${scenarioFileFor(scenario)}`)).toEqual({ ok: true, scenario });
  });

  it('are named after the example they started from', () => {
    expect(scenarioFileName(scenario)).toBe('svcscope-nginx-nodeport.json');
    expect(scenarioFileName({})).toBe('svcscope-scenario.json');
  });

  it('refuse other JSON, broken JSON, extra envelope fields and oversized text', () => {
    expect(readScenarioFile('{"name":"package.json"}')).toMatchObject({ ok: false, code: 'not-a-scenario' });
    expect(readScenarioFile('[]')).toMatchObject({ ok: false, code: 'not-a-scenario' });
    expect(readScenarioFile('{"format": "svcscope-scenario", "scenario": ')).toMatchObject({ ok: false, code: 'not-json' });
    expect(readScenarioFile(JSON.stringify({ format: SCENARIO_FILE_FORMAT, scenario, run: 'rm -rf /' }))).toMatchObject({ ok: false, code: 'invalid' });
    expect(readScenarioFile(JSON.stringify({ format: SCENARIO_FILE_FORMAT, scenario: { ...scenario, v: 9 } }))).toMatchObject({
      ok: false,
      code: 'wrong-version',
    });
    expect(readScenarioFile(' '.repeat(MAX_FILE_BYTES + 1))).toMatchObject({ ok: false, code: 'too-large' });
    // 3 UTF-8 bytes per character: short in characters, too large in bytes.
    expect(readScenarioFile('界'.repeat(Math.ceil(MAX_FILE_BYTES / 3) + 1))).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('refuse a prototype key in the scenario inside', () => {
    const text = scenarioFileFor(scenario).replace('"scenario": {', '"scenario": {\n    "__proto__": {"admin": true},');
    expect(readScenarioFile(text)).toMatchObject({ ok: false, code: 'invalid', reason: expect.stringContaining('__proto__') });
  });
});

import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples';
import { formatDiagnostic, formatDiagnosticsText } from './format';
import { lintText } from './lint';
import { deployment, service } from './test-fixtures';

const myapp = EXAMPLES.find((e) => e.id === 'myapp-clusterip')?.manifests ?? '';
const typo = myapp.replace('  selector:\n    app: myapp\n  type', '  selector:\n    app: myap\n  type');

describe('lintText', () => {
  it('joins what reading found with the findings, sorted by line', () => {
    const text = `${service('bad', { app: 'x' }, { ports: '[{port: 70000}]' })}${deployment('web', { app: 'web' })}${service('web', { app: 'wbe' })}`;
    const { cluster, diagnostics } = lintText(text);
    expect(cluster.services.some((s) => s.meta.name === 'web')).toBe(true);
    const codes = diagnostics.map((d) => d.code);
    expect(codes).toContain('SERVICE_INVALID');
    expect(codes).toContain('SVC_SELECTOR_MATCHES_NOTHING');
    const lines = diagnostics.map((d) => d.line ?? Number.POSITIVE_INFINITY);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  });

  it('places a finding on the line of the field, not of the object', () => {
    const [d] = lintText(typo).diagnostics.filter((x) => x.code === 'SVC_SELECTOR_MATCHES_NOTHING');
    const line = typo.split('\n').findIndex((l) => l.includes('app: myap') && !l.includes('myapp')) + 1;
    expect(d?.line).toBe(line);
    expect(d?.column).toBe(5);
    expect(d?.field).toBe('spec.selector.app');
  });
});

describe('formatDiagnosticsText', () => {
  it('prints one line per diagnostic: place, severity, code, object, message and what to do', () => {
    const text = formatDiagnosticsText(lintText(typo).diagnostics.filter((d) => d.severity !== 'info'));
    expect(text).toMatch(
      /^\d+:5 warning SVC_SELECTOR_MATCHES_NOTHING Service default\/myapp: selector app=myap matches no pod, .* Did you mean app=myapp \(3 pods of Deployment myapp\)\? → Change the selector to app=myapp/,
    );
    expect(text.split('\n')).toHaveLength(1);
  });

  it('marks a diagnostic without a place with a dash and keeps multi-line messages on one line', () => {
    expect(formatDiagnostic({ code: 'X', severity: 'info', message: 'one\ntwo' })).toBe('- info X one two');
    expect(formatDiagnostic({ code: 'Y', severity: 'error', message: 'm', line: 3, hint: 'h' })).toBe('3 error Y m → h');
  });
});

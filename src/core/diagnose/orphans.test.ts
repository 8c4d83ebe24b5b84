import { describe, expect, it } from 'vitest';
import { findingsOf, lineOf, service } from './test-fixtures';

const endpoints = (name: string, namespace = ''): string => `---
apiVersion: v1
kind: Endpoints
metadata:
  name: ${name}${namespace ? `\n  namespace: ${namespace}` : ''}
subsets:
- addresses: [{ip: 1.2.3.4}]
  ports: [{port: 80}]
`;

describe('ENDPOINTS_WITHOUT_SERVICE', () => {
  it('fires for Endpoints no Service is named after, with the near name', () => {
    const text = service('external-db', undefined) + endpoints('external-bd');
    const [d] = findingsOf('ENDPOINTS_WITHOUT_SERVICE', text);
    expect(d?.object).toEqual({ kind: 'Endpoints', namespace: 'default', name: 'external-bd' });
    expect(d?.message).toContain('Did you mean Service external-db?');
    expect(d?.line).toBe(lineOf(text, 'name: external-bd'));
  });

  it('names the namespace where the Service is', () => {
    const text = service('db', undefined, { namespace: 'data' }) + endpoints('db');
    expect(findingsOf('ENDPOINTS_WITHOUT_SERVICE', text)[0]?.message).toContain('A Service db exists in namespace data');
  });

  it('does not fire for the Endpoints of a Service', () => {
    expect(findingsOf('ENDPOINTS_WITHOUT_SERVICE', service('db', undefined) + endpoints('db'))).toEqual([]);
  });
});

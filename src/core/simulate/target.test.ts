import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTarget } from './target';

describe('parseTarget', () => {
  it.each([
    ['myapp', { type: 'name', name: 'myapp' }],
    ['myapp.default:38080', { type: 'name', name: 'myapp.default', port: 38080 }],
    ['myapp.default.svc.cluster.local.', { type: 'name', name: 'myapp.default.svc.cluster.local.' }],
    ['10.96.0.1:443', { type: 'ip', ip: '10.96.0.1', port: 443 }],
    [' 192.168.49.3:30080 ', { type: 'ip', ip: '192.168.49.3', port: 30080 }],
    ['http://Shop.Example.com/api/v1?page=2#top', { type: 'url', scheme: 'http', host: 'shop.example.com', path: '/api/v1' }],
    ['HTTPS://shop.example.com:8443', { type: 'url', scheme: 'https', host: 'shop.example.com', path: '/', port: 8443 }],
  ])('reads %s', (text, parsed) => {
    expect(parseTarget(text)).toEqual(parsed);
  });

  it.each(['', '   ', 'a b', 'myapp:0', 'myapp:65536', '10.1.1', '999.1.1.1:80', 'ftp://x/y', '[::1]:80', 'http://[::1]/', 'http://a.b:x/', 'http://a.b:0/', 'http://'])('says why %j is no destination', (text) => {
    const parsed = parseTarget(text);
    expect(parsed.type).toBe('invalid');
    if (parsed.type === 'invalid') expect(parsed.reason).not.toBe('');
  });

  it('never throws and gives URLs an absolute path', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true })), (text) => {
        const parsed = parseTarget(text);
        if (parsed.type === 'url') expect(parsed.path.startsWith('/')).toBe(true);
        if (parsed.type === 'name' || parsed.type === 'ip' || parsed.type === 'url') {
          if (parsed.port !== undefined) expect(parsed.port >= 1 && parsed.port <= 65535).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

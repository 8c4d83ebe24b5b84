import { describe, expect, it } from 'vitest';
import { precacheManifest, type BuiltFile } from './precache-manifest';

const BUILD: readonly BuiltFile[] = [
  { fileName: 'index.html', content: '<!doctype html>' },
  { fileName: 'assets/worker-abc.js', content: 'self.onmessage = null;' },
  { fileName: 'assets/worker-abc.js.map', content: '{"version":3}' },
  { fileName: 'assets/index-def.js', content: 'import "./handle-message-123.js";' },
  { fileName: 'assets/index-def.css', content: new Uint8Array([98, 111, 100, 121]) },
  { fileName: 'sw.js', content: 'older service worker' },
];

describe('precacheManifest', () => {
  it('lists every built file, sorted, without source maps or the service worker itself', () => {
    expect(precacheManifest(BUILD, 'sw.js').files).toEqual(['assets/index-def.css', 'assets/index-def.js', 'assets/worker-abc.js', 'index.html']);
  });

  it('the same build gives the same version, whatever order the bundle lists its files in', () => {
    expect(precacheManifest([...BUILD].reverse(), 'sw.js').version).toBe(precacheManifest(BUILD, 'sw.js').version);
    expect(precacheManifest(BUILD, 'sw.js').version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('a changed content, a renamed file or one more file gives a new version', () => {
    const version = precacheManifest(BUILD, 'sw.js').version;
    const changedHtml = BUILD.map((file) => (file.fileName === 'index.html' ? { ...file, content: '<!doctype html><p>' } : file));
    const renamed = BUILD.map((file) => (file.fileName === 'assets/worker-abc.js' ? { ...file, fileName: 'assets/worker-xyz.js' } : file));
    const added = [...BUILD, { fileName: 'assets/es-1.js', content: '' }];
    for (const build of [changedHtml, renamed, added]) expect(precacheManifest(build, 'sw.js').version).not.toBe(version);
  });

  it('source maps do not change the version: they are not precached', () => {
    const otherMap = BUILD.map((file) => (file.fileName.endsWith('.map') ? { ...file, content: '{"version":3,"mappings":"AAAA"}' } : file));
    expect(precacheManifest(otherMap, 'sw.js').version).toBe(precacheManifest(BUILD, 'sw.js').version);
  });

  it('moving bytes between a file name and its content changes the version', () => {
    const a = precacheManifest([{ fileName: 'index.html', content: 'ab' }], 'sw.js').version;
    const b = precacheManifest([{ fileName: 'index.htmla', content: 'b' }], 'sw.js').version;
    expect(a).not.toBe(b);
  });
});

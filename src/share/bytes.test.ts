import { describe, expect, it } from 'vitest';
import { deflateRaw, fromBase64Url, inflateRaw, toBase64Url } from './bytes';

describe('base64url', () => {
  it('round-trips every byte value with the URL-safe alphabet and no padding', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    for (let length = 0; length <= 256; length += 37) {
      const bytes = all.slice(0, length);
      const text = toBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(fromBase64Url(text)).toEqual(bytes);
    }
  });

  it('encodes more than the 32 KiB one slice of String.fromCharCode takes', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) & 0xff);
    const back = fromBase64Url(toBase64Url(bytes));
    expect(back?.length).toBe(bytes.length);
    expect(back?.every((b, i) => b === bytes[i])).toBe(true);
  });

  it('refuses the standard alphabet, padding, spaces, and a length no encoder produces', () => {
    for (const text of ['ab+c', 'ab/c', 'abc=', 'ab c', 'abcde', '<script>', 'YWJj\n']) expect(fromBase64Url(text)).toBeUndefined();
  });
});

describe('deflate-raw', () => {
  it('round-trips text and compresses repetitive YAML well', async () => {
    const text = new TextEncoder().encode('apiVersion: v1\nkind: Service\n'.repeat(500));
    const packed = await deflateRaw(text);
    expect(packed.byteLength).toBeLessThan(text.byteLength / 20);
    expect(await inflateRaw(packed, text.byteLength)).toEqual({ type: 'bytes', bytes: text });
  });

  it('stops reading a decompression bomb at the cap instead of expanding it', async () => {
    const bomb = await deflateRaw(new Uint8Array(16 * 1024 * 1024));
    expect(bomb.byteLength).toBeLessThan(20_000);
    expect(await inflateRaw(bomb, 2 * 1024 * 1024)).toEqual({ type: 'too-large' });
  });

  it('reports truncated and garbled data as corrupt, without throwing', async () => {
    const packed = await deflateRaw(new TextEncoder().encode('{"v":1,"manifests":"kind: Service"}'.repeat(20)));
    expect(await inflateRaw(packed.slice(0, packed.length - 4), 1e6)).toEqual({ type: 'corrupt' });
    expect(await inflateRaw(new Uint8Array([0xff, 0xff, 0xff, 1, 2, 3]), 1e6)).toEqual({ type: 'corrupt' });
    expect(await inflateRaw(new Uint8Array(0), 1e6)).toEqual({ type: 'corrupt' });
  });
});

/**
 * Bytes for links: deflate-raw through the platform's CompressionStream (no library: browsers and Node 20
 * have it) and base64url, the URL-safe alphabet that needs no escaping in a fragment.
 */
export type InflateResult = { readonly type: 'bytes'; readonly bytes: Uint8Array<ArrayBuffer> } | { readonly type: 'too-large' } | { readonly type: 'corrupt' };

export function compressionAvailable(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

export async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const result = await pipe(bytes, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  if (result.type !== 'bytes') throw new Error('compression failed');
  return result.bytes;
}

/** Stops reading, and refuses, as soon as the output passes maxBytes: a small link cannot expand into gigabytes. */
export function inflateRaw(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<InflateResult> {
  return pipe(bytes, new DecompressionStream('deflate-raw'), maxBytes);
}

async function pipe(input: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream, maxBytes: number): Promise<InflateResult> {
  const writer = stream.writable.getWriter();
  // Written while the output is read: awaiting the write first would stall on the stream's back-pressure.
  const writing = writer.write(input).then(() => writer.close());
  // Its failure is the reader's failure too, and is reported there.
  writing.catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!(value instanceof Uint8Array)) return { type: 'corrupt' };
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { type: 'too-large' };
      }
      chunks.push(value);
    }
    await writing;
  } catch {
    return { type: 'corrupt' };
  }
  return { type: 'bytes', bytes: concat(chunks, total) };
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with a huge argument list overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Strict: only the base64url alphabet, no padding, no length a truncated copy-paste would leave. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return undefined;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

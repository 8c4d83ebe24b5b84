import { isIPv4 } from '../util/ipv4';

/** A request target as the user typed it. */
export type ParsedTarget =
  | { readonly type: 'name'; readonly name: string; readonly port?: number }
  | { readonly type: 'ip'; readonly ip: string; readonly port?: number }
  | { readonly type: 'url'; readonly scheme: 'http' | 'https'; readonly host: string; readonly port?: number; readonly path: string }
  | { readonly type: 'invalid'; readonly reason: string };

export function parseTarget(text: string): ParsedTarget {
  const trimmed = text.trim();
  if (trimmed === '') return { type: 'invalid', reason: 'the destination is empty' };
  if (/^https?:\/\//i.test(trimmed)) {
    // Host (no IPv6 literal: the simulated cluster is IPv4), optional port, then a path, query or fragment.
    const url = /^(https?):\/\/([^/:?#[\]\s]+)(?::(\d+))?(\/[^?#\s]*)?(?:[?#]\S*)?$/i.exec(trimmed);
    if (!url) return { type: 'invalid', reason: `"${trimmed}" is not an http:// or https:// URL svcscope can follow (host[:port][/path])` };
    const port = url[3] !== undefined ? Number(url[3]) : undefined;
    if (port !== undefined && (port < 1 || port > 65535)) return { type: 'invalid', reason: `port ${port} is out of range` };
    const scheme = (url[1] ?? 'http').toLowerCase() === 'https' ? 'https' : 'http';
    return { type: 'url', scheme, host: (url[2] ?? '').toLowerCase(), path: url[4] || '/', ...(port !== undefined ? { port } : {}) };
  }
  const hostPort = /^([^\s:/]+)(?::(\d+))?$/.exec(trimmed);
  if (!hostPort) return { type: 'invalid', reason: `"${trimmed}" is not a name, IP:port or http:// URL` };
  const host = hostPort[1] ?? '';
  const port = hostPort[2] !== undefined ? Number(hostPort[2]) : undefined;
  if (port !== undefined && (port < 1 || port > 65535)) return { type: 'invalid', reason: `port ${port} is out of range` };
  if (isIPv4(host)) return { type: 'ip', ip: host, ...(port !== undefined ? { port } : {}) };
  if (/^\d+(\.\d+)*$/.test(host)) return { type: 'invalid', reason: `"${host}" is not a valid IPv4 address` };
  return { type: 'name', name: host, ...(port !== undefined ? { port } : {}) };
}

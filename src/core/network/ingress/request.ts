/**
 * What nginx does to the request before it looks at Ingress rules: the Host header loses its port, a
 * trailing dot and its case; the path loses query and fragment, is percent-decoded, and has repeated
 * slashes merged and `.`/`..` segments resolved (merge_slashes, URI normalization).
 */
export function normalizeRequestHost(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) {
    const end = h.indexOf(']');
    return end > 0 ? h.slice(1, end) : h;
  }
  // One colon is host:port; more is a bare IPv6 address.
  const bare = h.split(':').length === 2 ? h.slice(0, h.indexOf(':')) : h;
  return bare.replace(/\.$/, '');
}

export function normalizeRequestPath(path: string): string {
  let p = path.split(/[?#]/, 1)[0] ?? '';
  p = p.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, ''); // a full URL was pasted: keep its path
  try {
    p = decodeURIComponent(p);
  } catch {
    // A broken escape is matched as written.
  }
  if (!p.startsWith('/')) p = `/${p}`;
  const segments = p.replace(/\/{2,}/g, '/').split('/').slice(1);
  const out: string[] = [];
  segments.forEach((seg, i) => {
    if (seg === '.' || seg === '..') {
      if (seg === '..') out.pop();
      if (i === segments.length - 1) out.push('');
      return;
    }
    out.push(seg);
  });
  return `/${out.join('/')}`;
}

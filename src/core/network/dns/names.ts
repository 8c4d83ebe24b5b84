import { isIPv4 } from '../../util/ipv4';

/** kubeadm's Corefile: `kubernetes cluster.local in-addr.arpa ip6.arpa { pods insecure ... ttl 30 }`. */
export const DNS_TTL_SECONDS = 30;
/** CoreDNS serves `dns-version` with its own, longer TTL. */
export const DNS_VERSION_TTL_SECONDS = 28800;
export const DNS_SCHEMA_VERSION = '1.1.0';

/** Lower case, no leading or trailing dot: names are compared this way (the spec: case-insensitive). */
export function dnsKey(name: string): string {
  return name.toLowerCase().replace(/^\.+/, '').replace(/\.+$/, '');
}

export function absolute(name: string): string {
  return name.endsWith('.') ? name : `${name}.`;
}

export function isInZone(key: string, zone: string): boolean {
  return key === zone || key.endsWith(`.${zone}`);
}

/** The 8 16-bit groups of an IPv6 address, or undefined. Accepts `::` and a trailing dotted IPv4 part. */
export function parseIPv6(text: string): number[] | undefined {
  if (!text.includes(':') || !/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    const pieces = part.split(':');
    for (const [i, piece] of pieces.entries()) {
      if (i === pieces.length - 1 && piece.includes('.')) {
        if (!isIPv4(piece)) return undefined;
        const o = piece.split('.').map(Number);
        out.push(((o[0] ?? 0) << 8) | (o[1] ?? 0), ((o[2] ?? 0) << 8) | (o[3] ?? 0));
      } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) out.push(parseInt(piece, 16));
      else return undefined;
    }
    return out;
  };
  const head = groups(halves[0] ?? '');
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (!head || !tail) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const missing = 8 - head.length - tail.length;
  return missing >= 1 ? [...head, ...new Array<number>(missing).fill(0), ...tail] : undefined;
}

export function isIP(text: string): boolean {
  return isIPv4(text) || parseIPv6(text) !== undefined;
}

/** A for IPv4, AAAA for IPv6. */
export function addressRecordType(ip: string): 'A' | 'AAAA' {
  return ip.includes(':') ? 'AAAA' : 'A';
}

/** CoreDNS's hostname for an endpoint without one: the IP with `.` or `:` replaced by `-` (`10-244-1-5`). */
export function dashedIP(ip: string): string {
  return ip.replace(/[.:]/g, '-');
}

/** CoreDNS's reading of a pod label: three dashes and no `--` is IPv4, anything else IPv6. */
export function ipFromDashed(label: string): string | undefined {
  const dashes = label.split('-').length - 1;
  const ip = dashes === 3 && !label.includes('--') ? label.replace(/-/g, '.') : label.replace(/-/g, ':');
  return isIP(ip) ? ip : undefined;
}

/** `10.96.0.1` → `1.0.96.10.in-addr.arpa`; IPv6 → the 32 reversed nibbles under ip6.arpa. */
export function reverseName(ip: string): string | undefined {
  if (isIPv4(ip)) return `${ip.split('.').map(Number).reverse().join('.')}.in-addr.arpa`;
  const groups = parseIPv6(ip);
  if (!groups) return undefined;
  const nibbles = groups.map((g) => g.toString(16).padStart(4, '0')).join('');
  return `${[...nibbles].reverse().join('.')}.ip6.arpa`;
}

/** The reverse of reverseName, for explaining PTR queries. */
export function ipFromReverseName(key: string): string | undefined {
  if (key.endsWith('.in-addr.arpa')) {
    const parts = key.slice(0, -'.in-addr.arpa'.length).split('.');
    const ip = parts.reverse().join('.');
    return parts.length === 4 && isIPv4(ip) ? ip : undefined;
  }
  if (key.endsWith('.ip6.arpa')) {
    const nibbles = key.slice(0, -'.ip6.arpa'.length).split('.').reverse();
    if (nibbles.length !== 32 || !nibbles.every((n) => /^[0-9a-f]$/.test(n))) return undefined;
    const groups: string[] = [];
    for (let i = 0; i < 32; i += 4) groups.push(nibbles.slice(i, i + 4).join('').replace(/^0{1,3}/, ''));
    return groups.join(':');
  }
  return undefined;
}

/**
 * Chain names exactly as kube-proxy derives them (pkg/proxy/iptables and pkg/proxy/nftables).
 * Users compare these names with `iptables-save` and `nft list` on real nodes, so every
 * character matters: the hash input, the base32 alphabet, the cut to 16 (or 8) characters.
 */
import { sha256, utf8Bytes } from './sha256';

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 with Go's StdEncoding alphabet; padding is irrelevant because we only keep a prefix. */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** base32(sha256(text)), the full 52-character encoding (kube-proxy keeps a prefix of it). */
export function hashBase32(text: string): string {
  return base32(sha256(utf8Bytes(text)));
}

export interface ServicePortNameParts {
  readonly namespace: string;
  readonly name: string;
  /** '' when the port is unnamed. */
  readonly portName: string;
}

/**
 * `ServicePortName.String()`: "ns/name:port" for a named port. Since v1.19 an unnamed port gives
 * "ns/name" (no colon); before, it gave "ns/name:". This string is hashed and appears in comments.
 */
export function servicePortNameString(parts: ServicePortNameParts, unnamedPortColon: boolean): string {
  const base = `${parts.namespace}/${parts.name}`;
  if (parts.portName !== '') return `${base}:${parts.portName}`;
  return unnamedPortColon ? `${base}:` : base;
}

export type ServiceChainKind = 'SVC' | 'SVL' | 'EXT' | 'FW';

/** The 16-character hash shared by KUBE-SVC/SVL/EXT/FW chains of one service port. */
export function servicePortChainHash(spn: string, protocol: string): string {
  return hashBase32(spn + protocol.toLowerCase()).slice(0, 16);
}

export function serviceChainName(kind: ServiceChainKind, spn: string, protocol: string): string {
  return `KUBE-${kind}-${servicePortChainHash(spn, protocol)}`;
}

/** KUBE-SEP-<hash>; `endpoint` is "ip:port" (net.JoinHostPort). */
export function endpointChainName(spn: string, protocol: string, endpoint: string): string {
  return `KUBE-SEP-${hashBase32(spn + protocol.toLowerCase() + endpoint).slice(0, 16)}`;
}

// nftables: names are readable, prefixed by 8 base32 characters of the hash of the readable part.
// knftables.NameLengthMax is 256 and the longest prefix kube-proxy uses is 16 characters.
const NFT_NAME_BASE_MAX = 256 - 16;

function hashAndTruncate(name: string): string {
  const full = `${hashBase32(name).slice(0, 8)}-${name}`;
  return full.length > NFT_NAME_BASE_MAX ? `${full.slice(0, NFT_NAME_BASE_MAX - 3)}...` : full;
}

/** "ULMVA6XW-ns1/svc1/tcp/p80": namespace/name/protocol/portName, protocol before the port name. */
export function nftServicePortChainBase(parts: ServicePortNameParts, protocol: string): string {
  return hashAndTruncate(`${parts.namespace}/${parts.name}/${protocol.toLowerCase()}/${parts.portName}`);
}

/** "5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80"; IPv6 colons become dots (colons are illegal in names). */
export function nftEndpointChainBase(parts: ServicePortNameParts, protocol: string, ip: string, port: number): string {
  const safeIP = ip.replaceAll(':', '.');
  return hashAndTruncate(
    `${parts.namespace}/${parts.name}/${protocol.toLowerCase()}/${parts.portName}__${safeIP}/${port}`,
  );
}

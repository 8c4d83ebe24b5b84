/**
 * What a narrated sentence needs from a rule's own text (an iptables-save line, an nft rule, an ipvsadm
 * listing). The trace carries the rule as the node shows it; reading it back here keeps the narration
 * generated from the same data the inspector displays, for any cluster.
 */
export interface IptablesLine {
  /** `-j` target: a chain, DNAT, MARK, RETURN, ACCEPT, REJECT, DROP, MASQUERADE. */
  readonly target?: string;
  readonly comment?: string;
  readonly toDestination?: string;
  readonly probability?: number;
  /** `-m recent --rcheck`: the ClientIP affinity check. */
  readonly affinityCheck: boolean;
  /** `--set-xmark value/mask`. */
  readonly setMark?: { readonly value: number; readonly mask: number };
  /** `! -s CIDR`: the rule matches sources outside this range. */
  readonly notFrom?: string;
  /** `-m mark ! --mark`: the rule matches packets without the mark. */
  readonly withoutMark: boolean;
}

export function readIptablesLine(text: string): IptablesLine {
  const comment = /--comment (?:"((?:[^"\\]|\\.)*)"|(\S+))/.exec(text);
  const mark = /--set-xmark (0x[0-9a-f]+)\/(0x[0-9a-f]+)/i.exec(text);
  const probability = /--probability ([0-9.]+)/.exec(text)?.[1];
  const target = /(?:^|\s)-j (\S+)/.exec(text)?.[1];
  const toDestination = /--to-destination (\S+)/.exec(text)?.[1];
  const notFrom = /! -s (\S+)/.exec(text)?.[1];
  return {
    ...(target !== undefined ? { target } : {}),
    ...(comment ? { comment: comment[1] ?? comment[2] ?? '' } : {}),
    ...(toDestination !== undefined ? { toDestination } : {}),
    ...(probability !== undefined && Number.isFinite(Number(probability)) ? { probability: Number(probability) } : {}),
    affinityCheck: /-m recent\b.*--rcheck/.test(text),
    ...(mark?.[1] && mark[2] ? { setMark: { value: Number.parseInt(mark[1], 16), mask: Number.parseInt(mark[2], 16) } } : {}),
    ...(notFrom !== undefined ? { notFrom } : {}),
    withoutMark: /-m mark ! --mark/.test(text),
  };
}

/** `numgen random mod N`: how many endpoints an nftables service chain chooses among. */
export function nftRandomCount(text: string): number | undefined {
  const n = /numgen random mod (\d+)/.exec(text)?.[1];
  return n === undefined ? undefined : Number(n);
}

/** `… vmap @service-ips`: the verdict map an nftables rule looks the packet up in. */
export function nftMap(text: string): string | undefined {
  return /vmap @([\w-]+)/.exec(text)?.[1];
}

/** `… goto endpoint-…` in an affinity rule. */
export function nftGoto(text: string): string | undefined {
  return /goto (\S+)/.exec(text)?.[1];
}

/** The comment an nft rule carries: `comment "Reject traffic to invalid ports of ClusterIPs"`. */
export function nftComment(text: string): string | undefined {
  return /comment "((?:[^"\\]|\\.)*)"/.exec(text)?.[1];
}

/** The first line of an ipvsadm listing: `TCP  10.96.0.1:443 rr`, and how many real servers (`->` lines) follow. */
export function readIpvsListing(text: string): { readonly scheduler?: string; readonly realServers: number } {
  const [first = '', ...rest] = text.split('\n');
  const scheduler = /^\S+\s+\S+\s+(\w+)/.exec(first.trim())?.[1];
  return { ...(scheduler !== undefined ? { scheduler } : {}), realServers: rest.filter((line) => line.trim().startsWith('->')).length };
}

/** `10.244.1.5:8080` → `10.244.1.5`; a DNS name or an address without a port stays as it is. */
export function ipOf(address: string): string {
  const colon = address.lastIndexOf(':');
  return colon > 0 && /^\d+$/.test(address.slice(colon + 1)) ? address.slice(0, colon) : address;
}

export function portOf(address: string): number | undefined {
  const colon = address.lastIndexOf(':');
  const port = colon > 0 ? address.slice(colon + 1) : '';
  return /^\d+$/.test(port) ? Number(port) : undefined;
}

/** kube-proxy writes 0.33333333349; a reader wants 0.3333. */
export function formatProbability(p: number): string {
  return String(Math.round(p * 10_000) / 10_000);
}

/** `"default/web:http -> 10.244.2.20:8080"` → `10.244.2.20:8080`: the endpoint a KUBE-SVC rule leads to. */
export function endpointInComment(comment: string | undefined): string | undefined {
  return comment ? /-> (\S+)$/.exec(comment)?.[1] : undefined;
}

/**
 * Two renderings of one rule model:
 * - `written`: the iptables-restore line kube-proxy sends (its own option order, `--or-mark 0x00004000`);
 * - `saved`: what `iptables-save` prints on the node. The kernel keeps rules in binary form, so the
 *   dump is normalised: source, destination and `-p` first, addresses with a prefix length, matches in
 *   the order given, `--or-mark` as `--set-xmark`, `recent` with its default mask and side, and the
 *   statistic probability as the kernel's 31-bit value.
 */
import type { IptablesRuleset, MatchModule, RuleSpec, RuleTarget } from './iptables-types';
import { savedProbability } from './probability';

/** kube-proxy formats its mark with Go's "%#08x" (digits padded, then "0x"). */
const hexPadded = (value: number): string => `0x${value.toString(16).padStart(8, '0')}`;
const hex = (value: number): string => `0x${value.toString(16)}`;

/** xtables_save_string: bare when only [A-Za-z0-9_-], else double-quoted with \ " ' escaped. */
export function xtablesSaveString(value: string): string {
  if (/^[A-Za-z0-9_-]+$/.test(value)) return value;
  return `"${value.replace(/["\\']/g, (c) => `\\${c}`)}"`;
}

const withPrefix = (cidr: string): string => (cidr.includes('/') ? cidr : `${cidr}/32`);
const neg = (negated: boolean): string => (negated ? '! ' : '');

function savedModule(m: MatchModule): string {
  switch (m.type) {
    case 'comment':
      return `-m comment --comment ${xtablesSaveString(m.text)}`;
    case 'l4':
      return m.dport === undefined ? `-m ${m.proto}` : `-m ${m.proto} --dport ${m.dport}`;
    case 'addrtype':
      return ['-m addrtype', m.srcType && `--src-type ${m.srcType}`, m.dstType && `--dst-type ${m.dstType}`]
        .filter(Boolean)
        .join(' ');
    case 'statistic':
      return `-m statistic --mode random --probability ${savedProbability(m.written)}`;
    case 'recent': {
      const timing = [m.seconds !== undefined ? `--seconds ${m.seconds}` : '', m.reap ? '--reap' : ''].filter(Boolean);
      return ['-m recent', `--${m.action}`, ...timing, `--name ${m.name} --mask 255.255.255.255 --rsource`].join(' ');
    }
    case 'conntrack':
      return `-m conntrack ${neg(m.negated)}--ctstate ${m.states.join(',')}`;
    case 'mark':
      return `-m mark ${neg(m.negated)}--mark ${hex(m.value)}/${hex(m.mask)}`;
    case 'nfacct':
      // libxt_nfacct prints " --nfacct-name " and then the saved string with its own leading space.
      return `-m nfacct --nfacct-name  ${xtablesSaveString(m.name)}`;
  }
}

function savedTarget(t: RuleTarget): string {
  switch (t.type) {
    case 'jump':
      return `-j ${t.chain}`;
    case 'DNAT':
      return `-j DNAT --to-destination ${t.ip}:${t.port}`;
    case 'MARK':
      // --or-mark X is stored as mark X / mask X; --xor-mark X as mark X / mask 0.
      return `-j MARK --set-xmark ${hex(t.value)}/${t.op === 'or' ? hex(t.value) : '0x0'}`;
    case 'MASQUERADE':
      return t.randomFully ? '-j MASQUERADE --random-fully' : '-j MASQUERADE';
    case 'REJECT':
      return '-j REJECT --reject-with icmp-port-unreachable';
    case 'DROP':
    case 'ACCEPT':
    case 'RETURN':
      return `-j ${t.type}`;
  }
}

/** One `-A` line exactly as iptables-save prints it. */
export function renderSavedRule(chain: string, rule: RuleSpec): string {
  const parts = [`-A ${chain}`];
  if (rule.source) parts.push(`${neg(rule.source.negated)}-s ${withPrefix(rule.source.cidr)}`);
  if (rule.destination) parts.push(`${neg(rule.destination.negated)}-d ${withPrefix(rule.destination.cidr)}`);
  if (rule.protocol) parts.push(`-p ${rule.protocol}`);
  for (const m of rule.matches) parts.push(savedModule(m));
  if (rule.target) parts.push(savedTarget(rule.target));
  return parts.join(' ');
}

/** kube-proxy quotes the comments it builds with spaces in them ("%s cluster IP"), not bare names. */
const writtenComment = (text: string): string => (text.includes(' ') ? `"${text}"` : text);

function writtenModule(m: MatchModule): string {
  switch (m.type) {
    case 'comment':
      return `-m comment --comment ${writtenComment(m.text)}`;
    case 'statistic':
      return `-m statistic --mode random --probability ${m.written}`;
    case 'recent':
      return m.action === 'set'
        ? `-m recent --name ${m.name} --set`
        : `-m recent --name ${m.name} --rcheck --seconds ${m.seconds ?? 0} --reap`;
    case 'nfacct':
      return `-m nfacct --nfacct-name ${m.name}`;
    case 'l4':
    case 'addrtype':
    case 'conntrack':
    case 'mark':
      return savedModule(m);
  }
}

function writtenTarget(t: RuleTarget): string {
  if (t.type === 'MARK') return `-j MARK --${t.op}-mark ${hexPadded(t.value)}`;
  if (t.type === 'REJECT') return '-j REJECT';
  return savedTarget(t);
}

/**
 * The line as kube-proxy writes it: `-m <proto> -p <proto> [-d ip] [--dport n]` inside the protocol
 * module, source after it; without a protocol module, `-d` and `-s` follow the leading comment and
 * addrtype matches (`... -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8`).
 */
export function renderWrittenRule(chain: string, rule: RuleSpec): string {
  const address = (a: RuleSpec['source'], flag: string): string => (a ? `${neg(a.negated)}${flag} ${a.cidr}` : '');
  const parts = [`-A ${chain}`];
  const hasL4 = rule.matches.some((m) => m.type === 'l4');
  const leading = hasL4 ? 0 : rule.matches.findIndex((m) => m.type !== 'comment' && m.type !== 'addrtype');
  const addressesAt = leading === -1 ? rule.matches.length : leading;
  rule.matches.forEach((m, i) => {
    if (!hasL4 && i === addressesAt) parts.push(address(rule.destination, '-d'), address(rule.source, '-s'));
    if (m.type !== 'l4') {
      parts.push(writtenModule(m));
      return;
    }
    parts.push(`-m ${m.proto} -p ${m.proto}`, address(rule.destination, '-d'));
    if (m.dport !== undefined) parts.push(`--dport ${m.dport}`);
    parts.push(address(rule.source, '-s'));
  });
  if (!hasL4 && addressesAt === rule.matches.length) parts.push(address(rule.destination, '-d'), address(rule.source, '-s'));
  if (rule.target) parts.push(writtenTarget(rule.target));
  return parts.filter(Boolean).join(' ');
}

/** The whole `iptables-save` text for the node: `*filter`…`COMMIT`, then `*nat`…`COMMIT`. */
export function renderIptablesSave(ruleset: IptablesRuleset): string {
  const lines: string[] = [];
  for (const table of ruleset.tables) {
    lines.push(`*${table.name}`);
    for (const chain of table.chains) lines.push(`:${chain.name} ${chain.policy ?? '-'} [0:0]`);
    for (const chain of table.chains) for (const rule of chain.rules) lines.push(rule.saved);
    lines.push('COMMIT');
  }
  return `${lines.join('\n')}\n`;
}

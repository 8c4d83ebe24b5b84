/**
 * Text for nftables rules and for `nft list table ip kube-proxy`. nft normalises what it is given:
 * `mark set mark or X` lists as `meta mark set meta mark | X`, one-element anonymous sets lose their
 * braces, standard priorities print by name only on hooks where the name is valid.
 */
import type { NftAction, NftBaseChain, NftMatch, NftRuleSpec, NftSet, NftTable } from './nftables-types';

const mark8 = (value: number): string => `0x${value.toString(16).padStart(8, '0')}`;

function matchText(m: NftMatch, listed: boolean): string {
  switch (m.type) {
    case 'ct-state-new':
      return 'ct state new';
    case 'ip': {
      const op = m.negated ? '!= ' : '';
      const value = m.values.length === 1 && listed ? (m.values[0] ?? '') : `{ ${m.values.join(listed ? ', ' : ' , ')} }`;
      return `ip ${m.field} ${op}${value}`;
    }
    case 'ip-in-set':
      return `ip ${m.field} @${m.set}`;
    case 'dport':
      return `${m.proto} dport ${m.port}`;
    case 'fib-local':
      return `fib ${m.field} type local`;
    case 'mark-unset':
      return listed ? `meta mark & ${mark8(m.mark)} == 0x00000000` : `mark and ${mark8(m.mark)} == 0`;
    case 'l4proto':
      return `meta l4proto ${m.proto}`;
  }
}

function actionText(a: NftAction, listed: boolean): string {
  switch (a.type) {
    case 'jump':
    case 'goto':
      return `${a.type} ${a.chain}`;
    case 'drop':
    case 'reject':
    case 'return':
      return a.type;
    case 'vmap':
      return `${a.key === 'daddr-proto-dport' ? 'ip daddr . meta l4proto . th dport' : 'meta l4proto . th dport'} vmap @${a.map}`;
    case 'numgen': {
      const entries = a.chains.map((chain, i) => `${i} : goto ${chain}`);
      return `numgen random mod ${a.chains.length} vmap { ${entries.join(listed ? ', ' : ' , ')} }`;
    }
    case 'dnat':
      return `dnat to ${a.ip}:${a.port}`;
    case 'masquerade':
      return a.fullyRandom ? 'masquerade fully-random' : 'masquerade';
    case 'mark-or':
      return listed ? `meta mark set meta mark | ${mark8(a.mark)}` : `mark set mark or ${mark8(a.mark)}`;
    case 'mark-xor':
      return listed ? `meta mark set meta mark ^ ${mark8(a.mark)}` : `mark set mark xor ${mark8(a.mark)}`;
    case 'set-update':
      return `update @${a.set} { ip saddr }`;
  }
}

/** `written` is the knftables rule body; the comment travels separately in knftables, so it is left out. */
export function renderNftRule(rule: NftRuleSpec, listed: boolean): string {
  const body = [...rule.matches.map((m) => matchText(m, listed)), actionText(rule.action, listed)].join(' ');
  return listed && rule.comment !== undefined ? `${body} comment "${rule.comment}"` : body;
}

/** nft names a standard priority only where it is valid: dstnat on prerouting/output, srcnat on postrouting/input. */
export function priorityText(base: NftBaseChain): string {
  const named = (name: string, offset: number): string => (offset === 0 ? name : `${name} ${offset < 0 ? '-' : '+'} ${Math.abs(offset)}`);
  const near = (value: number): boolean => Math.abs(base.priority - value) <= 10;
  if (near(-100) && (base.hook === 'prerouting' || base.hook === 'output')) return named('dstnat', base.priority + 100);
  if (near(100) && (base.hook === 'postrouting' || base.hook === 'input')) return named('srcnat', base.priority - 100);
  return String(base.priority);
}

/** nft's own element layout: addresses eight to a line, concatenations and maps one per line. */
function elementsText(set: NftSet): string {
  const concatenated = set.kind === 'map' || set.type.includes(' . ');
  const texts = set.elements.map((e) => {
    const comment = e.comment === undefined ? '' : ` comment "${e.comment}"`;
    return `${e.key.join(' . ')}${comment}${e.value === undefined ? '' : ` : ${e.value}`}`;
  });
  let out = '';
  texts.forEach((t, i) => {
    if (i > 0) out += concatenated || i % 8 === 0 ? ',\n\t\t\t     ' : ', ';
    out += t;
  });
  return `\t\telements = { ${out} }\n`;
}

/** nft prints durations in d/h/m/s units: 10800s is "3h". */
export function nftDuration(seconds: number): string {
  const units: [number, string][] = [[86400, 'd'], [3600, 'h'], [60, 'm'], [1, 's']];
  let rest = seconds;
  let out = '';
  for (const [size, unit] of units) {
    const n = Math.floor(rest / size);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * size;
  }
  return out === '' ? '0s' : out;
}

function setText(set: NftSet): string {
  let out = `\t${set.kind} ${set.name} {\n\t\ttype ${set.type}\n`;
  if (set.flags.length > 0) out += `\t\tflags ${set.flags.join(',')}\n`;
  if (set.timeoutSeconds !== undefined) out += `\t\ttimeout ${nftDuration(set.timeoutSeconds)}\n`;
  if (set.comment !== undefined) out += `\t\tcomment "${set.comment}"\n`;
  if (set.elements.length > 0) out += elementsText(set);
  return `${out}\t}\n`;
}

/** `nft list table ip kube-proxy`. */
export function renderNft(table: NftTable): string {
  const blocks: string[] = table.sets.map(setText);
  for (const chain of table.chains) {
    let out = `\tchain ${chain.name} {\n`;
    if (chain.base) {
      out += `\t\ttype ${chain.base.type} hook ${chain.base.hook} priority ${priorityText(chain.base)}; policy accept;\n`;
    }
    if (chain.comment !== undefined) out += `\t\tcomment "${chain.comment}"\n`;
    for (const rule of chain.rules) out += `\t\t${rule.text}\n`;
    blocks.push(`${out}\t}\n`);
  }
  return `table ${table.family} ${table.name} {\n\tcomment "${table.comment}"\n\n${blocks.join('\n')}}\n`;
}

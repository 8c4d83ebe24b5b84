import type { Cluster, ProxyMode } from '../model/types';
import { buildIptables } from '../network/proxy/iptables-rules';
import { renderIptablesSave } from '../network/proxy/iptables-save';
import type { IptablesRuleset } from '../network/proxy/iptables-types';
import { buildIpvs, renderIpvsadm, type IpvsState } from '../network/proxy/ipvs';
import { renderNft } from '../network/proxy/nft-render';
import { buildNftables } from '../network/proxy/nftables';
import type { NftTable } from '../network/proxy/nftables-types';

/** What one line of a rule listing is about: the rule (the id traces point at) and the Service ("ns/name"). */
export interface RuleLineTag {
  /** 0-based line of `text`. */
  readonly line: number;
  readonly ruleId?: string;
  readonly service?: string;
}

export interface RuleTableView {
  readonly node: string;
  readonly mode: ProxyMode;
  /** The command a node shows the listing with. */
  readonly command: string;
  readonly text: string;
  /** Only the lines that belong to a rule or a Service. */
  readonly tags: readonly RuleLineTag[];
  /** Services with rules in this listing, "ns/name", in order of first appearance. */
  readonly services: readonly string[];
}

/** "default/myapp:http" → "default/myapp" (a service port name to its Service). */
const serviceOfPort = (spn: string | undefined): string | undefined => (spn ? spn.replace(/:.*$/, '') : undefined);

export const RULE_COMMANDS: Readonly<Record<ProxyMode, string>> = {
  iptables: 'iptables-save',
  ipvs: 'ipvsadm -Ln',
  nftables: 'nft list table ip kube-proxy',
};

/** A node's kube-proxy rules as the node lists them, with each line tagged by rule id and Service. */
export function ruleTableView(cluster: Cluster, node: string, mode: ProxyMode): RuleTableView {
  switch (mode) {
    case 'iptables': {
      const ruleset = buildIptables(cluster, node);
      return finish(node, mode, renderIptablesSave(ruleset), iptablesTags(ruleset));
    }
    case 'ipvs': {
      const state = buildIpvs(cluster, node);
      return finish(node, mode, renderIpvsadm(state), ipvsTags(state));
    }
    case 'nftables': {
      const table = buildNftables(cluster, node);
      const text = renderNft(table);
      return finish(node, mode, text, nftTags(table, text));
    }
  }
}

function finish(node: string, mode: ProxyMode, text: string, tags: RuleLineTag[]): RuleTableView {
  const services = [...new Set(tags.flatMap((t) => (t.service ? [t.service] : [])))];
  return { node, mode, command: RULE_COMMANDS[mode], text, tags, services };
}

/** iptables-save order (see renderIptablesSave): per table `*name`, the chain lines, every chain's rules, COMMIT. */
function iptablesTags(ruleset: IptablesRuleset): RuleLineTag[] {
  const tags: RuleLineTag[] = [];
  let line = 0;
  for (const table of ruleset.tables) {
    line += 1;
    // A per-Service chain (KUBE-SVC-, KUBE-SEP-, ...) belongs to the one Service its rules are written for.
    const chainService = new Map<string, string | undefined>();
    for (const chain of table.chains) {
      const owners = new Set(chain.rules.map((r) => serviceOfPort(r.servicePortName)));
      const only = owners.size === 1 ? [...owners][0] : undefined;
      chainService.set(chain.name, /^KUBE-(SVC|SVL|SEP|EXT|FW)-/.test(chain.name) ? only : undefined);
    }
    for (const chain of table.chains) {
      const service = chainService.get(chain.name);
      if (service) tags.push({ line, service });
      line += 1;
    }
    for (const chain of table.chains)
      for (const rule of chain.rules) {
        const service = serviceOfPort(rule.servicePortName) ?? chainService.get(chain.name);
        tags.push({ line, ruleId: rule.id, ...(service ? { service } : {}) });
        line += 1;
      }
    line += 1;
  }
  return tags;
}

/** ipvsadm -Ln: three header lines, then each virtual server and its real servers. */
function ipvsTags(state: IpvsState): RuleLineTag[] {
  const tags: RuleLineTag[] = [];
  let line = 3;
  for (const vs of state.virtualServers) {
    const service = serviceOfPort(vs.servicePortName);
    for (let i = 0; i <= vs.realServers.length; i++) tags.push({ line: line + i, ruleId: vs.id, ...(service ? { service } : {}) });
    line += vs.realServers.length + 1;
  }
  return tags;
}

/** kube-proxy's nftables chain names carry the service port: `service-6QYGQ5L4-default/myapp/tcp/`. */
function serviceOfChain(chain: string): string | undefined {
  const match = /^(?:service|endpoint|external|firewall|local|cluster)-[A-Z0-9]{8}-([^/\s]+)\/([^/\s]+)\//.exec(chain);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/**
 * nft list: chains are found by their `chain NAME {` line and their rules counted from there (ids are
 * "nft/<chain>#<index>"); set and map elements belong to the Service of the chain they jump to or name in
 * their comment.
 */
function nftTags(table: NftTable, text: string): RuleLineTag[] {
  const tags: RuleLineTag[] = [];
  const chains = new Map(table.chains.map((c) => [c.name, c]));
  let chain: string | undefined;
  let index = 0;
  text.split('\n').forEach((content, line) => {
    const header = /^\tchain (\S+) \{$/.exec(content);
    if (header) {
      chain = header[1];
      index = 0;
      const service = chain ? serviceOfChain(chain) : undefined;
      if (service) tags.push({ line, service });
      return;
    }
    if (content === '\t}') {
      const service = chain ? serviceOfChain(chain) : undefined;
      if (service) tags.push({ line, service });
      chain = undefined;
      return;
    }
    const rule = chain ? chains.get(chain)?.rules[index] : undefined;
    if (chain && rule && content === `\t\t${rule.text}`) {
      const service = serviceOfPort(rule.servicePortName) ?? serviceOfChain(chain);
      tags.push({ line, ruleId: rule.id, ...(service ? { service } : {}) });
      index += 1;
      return;
    }
    if (!chain) {
      const target = /goto (\S+?),?$/.exec(content)?.[1];
      const service = (target && serviceOfChain(target)) ?? /comment "([^/"\s]+\/[^:"\s]+)/.exec(content)?.[1];
      if (service) tags.push({ line, service });
    }
  });
  return tags;
}

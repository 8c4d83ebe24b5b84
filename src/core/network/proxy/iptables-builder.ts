/**
 * Collects rules chain by chain in kube-proxy's write order, then lays the tables out the way
 * `iptables-save` lists them: built-in chains in hook order, then user chains sorted by name
 * (libiptc keeps them sorted), each chain's rules in insertion order.
 */
import type { IptablesChain, IptablesRule, IptablesTable, IptablesTableName, RuleSpec } from './iptables-types';
import { renderSavedRule, renderWrittenRule } from './iptables-save';
import { compareStrings } from './categorize';

const BUILTIN_CHAINS: Record<IptablesTableName, readonly string[]> = {
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
};

export interface TableBuilder {
  /** Declares a chain (kube-proxy's `:CHAIN - [0:0]`), keeping any rules it already has. */
  declare(chain: string): void;
  add(chain: string, rule: RuleSpec): void;
  build(): IptablesTable;
}

export function createTableBuilder(table: IptablesTableName): TableBuilder {
  const chains = new Map<string, RuleSpec[]>();
  for (const name of BUILTIN_CHAINS[table]) chains.set(name, []);
  const rulesOf = (chain: string): RuleSpec[] => {
    let rules = chains.get(chain);
    if (!rules) {
      rules = [];
      chains.set(chain, rules);
    }
    return rules;
  };
  return {
    declare: (chain) => void rulesOf(chain),
    add: (chain, rule) => void rulesOf(chain).push(rule),
    build: () => {
      const builtins = BUILTIN_CHAINS[table];
      const userChains = [...chains.keys()].filter((c) => !builtins.includes(c)).sort(compareStrings);
      const ordered: IptablesChain[] = [...builtins, ...userChains].map((name) => ({
        name,
        policy: builtins.includes(name) ? 'ACCEPT' : undefined,
        rules: (chains.get(name) ?? []).map((spec, index): IptablesRule => ({
          ...spec,
          id: `${table}/${name}/${index}`,
          table,
          chain: name,
          index,
          written: renderWrittenRule(name, spec),
          saved: renderSavedRule(name, spec),
        })),
      }));
      return { name: table, chains: ordered };
    },
  };
}

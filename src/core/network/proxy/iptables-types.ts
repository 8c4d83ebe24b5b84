/**
 * The iptables rule model: every rule is structured data a packet walker can evaluate, with the
 * text kube-proxy wrote (`written`, iptables-restore input) and the text `iptables-save` shows
 * (`saved`). Matches keep the order they were given in, because iptables-save keeps it too.
 */
export type IptablesTableName = 'filter' | 'nat';
export type L4Proto = 'tcp' | 'udp' | 'sctp';

export interface AddressMatch {
  /** A CIDR ("10.244.0.0/16") or an address ("10.96.0.1"); iptables-save prints addresses as /32. */
  readonly cidr: string;
  readonly negated: boolean;
}

/** One `-m <module>` with its options. */
export type MatchModule =
  | { readonly type: 'comment'; readonly text: string }
  /** The protocol module (`-m tcp`), with `--dport` when there is one. */
  | { readonly type: 'l4'; readonly proto: L4Proto; readonly dport?: number }
  | { readonly type: 'addrtype'; readonly srcType?: 'LOCAL'; readonly dstType?: 'LOCAL' }
  | {
      readonly type: 'statistic';
      /** The text kube-proxy wrote: "0.3333333333" (or "0.33333" before v1.17). */
      readonly written: string;
      /** lround(2^31 · p): what the kernel keeps. */
      readonly kernelValue: number;
      /** kernelValue / 2^31: the chance the rule really matches. */
      readonly probability: number;
    }
  | {
      readonly type: 'recent';
      readonly name: string;
      readonly action: 'rcheck' | 'set';
      readonly seconds?: number;
      readonly reap?: boolean;
    }
  | { readonly type: 'conntrack'; readonly states: readonly string[]; readonly negated: boolean }
  | { readonly type: 'mark'; readonly value: number; readonly mask: number; readonly negated: boolean }
  | { readonly type: 'nfacct'; readonly name: string };

export type RuleTarget =
  | { readonly type: 'jump'; readonly chain: string }
  | { readonly type: 'DNAT'; readonly ip: string; readonly port: number }
  | { readonly type: 'MARK'; readonly op: 'or' | 'xor'; readonly value: number }
  | { readonly type: 'MASQUERADE'; readonly randomFully: boolean }
  | { readonly type: 'REJECT' }
  | { readonly type: 'DROP' }
  | { readonly type: 'ACCEPT' }
  | { readonly type: 'RETURN' };

/** The structure of a rule, before it is placed in a chain. */
export interface RuleSpec {
  readonly source?: AddressMatch;
  readonly destination?: AddressMatch;
  /** `-p`: set together with an `l4` module. */
  readonly protocol?: L4Proto;
  readonly matches: readonly MatchModule[];
  /** Absent for a rule that only counts (the last rule of a KUBE-FW chain falls through). */
  readonly target?: RuleTarget;
  /** The service port ("ns/name:port") the rule was written for, if any. */
  readonly servicePortName?: string;
}

export interface IptablesRule extends RuleSpec {
  /** "<table>/<chain>/<index>": unique in a node's ruleset, stable for the same input. */
  readonly id: string;
  readonly table: IptablesTableName;
  readonly chain: string;
  /** 0-based position in its chain. */
  readonly index: number;
  /** As kube-proxy writes it for iptables-restore (e.g. `--or-mark 0x00004000`). */
  readonly written: string;
  /** As `iptables-save` prints it on the node (e.g. `--set-xmark 0x4000/0x4000`). */
  readonly saved: string;
}

export interface IptablesChain {
  readonly name: string;
  /** Built-in chains (INPUT, PREROUTING...) have a policy; kube-proxy's chains show "-". */
  readonly policy: 'ACCEPT' | undefined;
  readonly rules: readonly IptablesRule[];
}

export interface IptablesTable {
  readonly name: IptablesTableName;
  /** Built-in chains in hook order, then user chains sorted by name, as iptables-save lists them. */
  readonly chains: readonly IptablesChain[];
}

export interface IptablesRuleset {
  readonly nodeName: string;
  /** filter then nat, the order the brief's dumps use. */
  readonly tables: readonly IptablesTable[];
  /** More than 1000 endpoints: kube-proxy drops comments from SVC/SVL/SEP rules. */
  readonly largeClusterMode: boolean;
}

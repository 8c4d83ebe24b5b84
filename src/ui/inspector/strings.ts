import type { Translation } from '../../i18n/dictionary';

/** The inspector drawer: its frame, tabs, code blocks and the words around kubectl, YAML, DNS and rules. */
export const en = {
  inspector: 'Inspector',
  closeInspector: 'Close inspector',
  reading: 'Reading…',
  views: 'Inspector views',
  tab_yaml: 'YAML',
  tab_kubectl: 'kubectl',
  tab_dns: 'DNS',
  tab_rules: 'Rules',

  copy: 'Copy',
  copyWhat: 'Copy {{what}}',
  copied: 'Copied',
  copyFailed: 'Copy failed',

  kubectlNothing: 'kubectl has nothing to show for this: it is not a Kubernetes object.',

  yamlAsPasted: 'YAML as pasted',
  asPasted: 'As pasted',
  showInEditor: 'Show in editor (line {{line}})',
  notInTextClient: 'Not in your text: svcscope adds this client.',
  notInTextMade: 'Not in your text: a controller or the cluster made this object.',
  yamlWithDefaults: 'YAML with API defaults',
  withDefaultsCaption: 'With API defaults (kubectl get -o yaml)',

  dnsNoNameClient: 'CoreDNS serves no name for this client.',
  dnsNoName: 'CoreDNS serves no name for this {{kind}}.',
  dnsRecords: 'DNS records',
  dnsCaption: 'CoreDNS records (name, TTL, class, type, data)',

  noRulesNode: 'The cluster has no node to list rules of.',
  mode: 'Mode',
  clusterModeTitle: "The cluster's kube-proxy mode",
  clusterModeNote: "(the cluster's mode)",
  mark: 'Mark',
  markRulesOf: 'Mark the rules of',
  listingOnNode: '{{command}} on {{node}}',
  hopRuleTitle: 'The rule the selected hop matched',
  serviceRuleTitle: 'A rule of {{service}}',
} as const;

export const zh: Translation<typeof en> = {
  inspector: '检查器',
  closeInspector: '关闭检查器',
  reading: '读取中…',
  views: '检查器视图',
  tab_yaml: 'YAML',
  tab_kubectl: 'kubectl',
  tab_dns: 'DNS',
  tab_rules: '规则',

  copy: '复制',
  copyWhat: '复制 {{what}}',
  copied: '已复制',
  copyFailed: '复制失败',

  kubectlNothing: 'kubectl 没有可显示的内容：这不是 Kubernetes 对象。',

  yamlAsPasted: '粘贴的 YAML',
  asPasted: '粘贴的原文',
  showInEditor: '在编辑器中显示（第 {{line}} 行）',
  notInTextClient: '不在你的文本中：这个客户端由 svcscope 添加。',
  notInTextMade: '不在你的文本中：这个对象由控制器或集群创建。',
  yamlWithDefaults: '带 API 默认值的 YAML',
  withDefaultsCaption: '带 API 默认值（kubectl get -o yaml）',

  dnsNoNameClient: 'CoreDNS 没有为这个客户端提供任何名称。',
  dnsNoName: 'CoreDNS 没有为这个 {{kind}} 提供任何名称。',
  dnsRecords: 'DNS 记录',
  dnsCaption: 'CoreDNS 记录（名称、TTL、类别、类型、数据）',

  noRulesNode: '集群中没有可列出规则的 Node。',
  mode: '模式',
  clusterModeTitle: '集群的 kube-proxy 模式',
  clusterModeNote: '（集群的模式）',
  mark: '标记',
  markRulesOf: '标记其规则的 Service',
  listingOnNode: '{{node}} 上的 {{command}}',
  hopRuleTitle: '所选跳匹配的规则',
  serviceRuleTitle: '{{service}} 的规则',
};

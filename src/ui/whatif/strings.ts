import type { Translation } from '../../i18n/dictionary';

/**
 * The what-if bar: scale, readiness, deletion, the Service's fields and selector, folding. Spec field names
 * (externalTrafficPolicy, sessionAffinity) and their values (Cluster, Local, ClientIP) are the API's words
 * and stay as they are, in the components. The English wording is what e2e/whatif.spec.ts looks for.
 */
export const en = {
  toolbar: 'What if: {{title}}',
  caption: 'What if',
  stackOnNode: '{{workload}} on {{node}}',
  noNode: 'no node',
  pods: 'Pods',

  replicas: 'Replicas',
  scaleDown: 'Scale {{name}} down to {{replicas}}',
  scaleUp: 'Scale {{name}} up to {{replicas}}',

  makeUnready: 'Make unready',
  makeReady: 'Make ready',
  deletePod: 'Delete pod',
  turnsFalse: 'Its Ready condition turns False',
  turnsFalseOnOwner: 'Its Ready condition turns False (written on {{kind}} {{name}})',
  turnsTrue: 'Its Ready condition turns True',
  turnsTrueOnOwner: 'Its Ready condition turns True (written on {{kind}} {{name}})',
  terminates: 'Terminating while a replacement starts',
  terminatesOnOwner: 'Terminating while a replacement starts (written on {{kind}} {{name}})',
  alreadyTerminating: 'Already Terminating',

  type: 'Type',
  headlessStaysClusterIP: 'A headless Service (clusterIP: None) stays ClusterIP',
  externalNameIsAlias: 'An ExternalName Service is a DNS alias',
  policyNeedsNodePort: 'externalTrafficPolicy applies to NodePort and LoadBalancer Services only',
  editSelector: 'Selector…',

  selectorForm: 'Selector of Service {{name}}',
  selectorKey: 'Selector key {{row}}',
  selectorValue: 'Selector value {{row}}',
  keyPlaceholder: 'key',
  valuePlaceholder: 'value',
  removeLabel: 'Remove selector label {{row}}',
  addLabel: 'Add label',
  applySelector: 'Apply selector',
  cancel: 'Cancel',
  // The API server's checks of a label selector, in its words.
  valueNeedsKey: 'The value "{{value}}" needs a key',
  badPrefix: '"{{key}}": the prefix must be a DNS subdomain',
  badKey: '"{{key}}": a label key is up to 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit',
  badValue: '"{{value}}": a label value is up to 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit',
  keyTwice: '"{{key}}" is there twice',

  showNamespace: 'Show namespace {{namespace}}',
  showPods_one: 'Show {{count}} pod',
  showPods_other: 'Show {{count}} pods',
  stackAgain: 'Stack {{name}} pods again',
  foldNamespace: 'Fold namespace {{namespace}}',

  editing: 'Editing the manifests…',
  atLine: '{{summary}} · manifests line {{line}}',
  dismiss: 'Dismiss the what-if message',
} as const;

export const zh: Translation<typeof en> = {
  toolbar: '假设：{{title}}',
  caption: '假设',
  stackOnNode: '{{node}} 上的 {{workload}}',
  noNode: '未调度到节点',
  pods: 'Pod',

  replicas: '副本数',
  scaleDown: '将 {{name}} 缩容到 {{replicas}} 个副本',
  scaleUp: '将 {{name}} 扩容到 {{replicas}} 个副本',

  makeUnready: '设为未就绪',
  makeReady: '设为就绪',
  deletePod: '删除 Pod',
  turnsFalse: '它的 Ready 状况变为 False',
  turnsFalseOnOwner: '它的 Ready 状况变为 False（写在 {{kind}} {{name}} 上）',
  turnsTrue: '它的 Ready 状况变为 True',
  turnsTrueOnOwner: '它的 Ready 状况变为 True（写在 {{kind}} {{name}} 上）',
  terminates: '进入 Terminating 状态，同时启动一个替代的 Pod',
  terminatesOnOwner: '进入 Terminating 状态，同时启动一个替代的 Pod（写在 {{kind}} {{name}} 上）',
  alreadyTerminating: '已处于 Terminating 状态',

  type: '类型',
  headlessStaysClusterIP: 'headless Service（clusterIP: None）只能是 ClusterIP 类型',
  externalNameIsAlias: 'ExternalName 类型的 Service 只是一个 DNS 别名',
  policyNeedsNodePort: 'externalTrafficPolicy 只适用于 NodePort 和 LoadBalancer 类型的 Service',
  editSelector: '选择算符…',

  selectorForm: 'Service {{name}} 的选择算符',
  selectorKey: '选择算符第 {{row}} 行的键',
  selectorValue: '选择算符第 {{row}} 行的值',
  keyPlaceholder: '键',
  valuePlaceholder: '值',
  removeLabel: '删除选择算符第 {{row}} 行的标签',
  addLabel: '添加标签',
  applySelector: '应用选择算符',
  cancel: '取消',
  valueNeedsKey: '值“{{value}}”缺少键',
  badPrefix: '“{{key}}”：前缀必须是 DNS 子域名',
  badKey: '“{{key}}”：标签键最多 63 个字符，只能包含字母、数字、“-”、“_”或“.”，并以字母或数字开头和结尾',
  badValue: '“{{value}}”：标签值最多 63 个字符，只能包含字母、数字、“-”、“_”或“.”，并以字母或数字开头和结尾',
  keyTwice: '“{{key}}”出现了两次',

  showNamespace: '展开命名空间 {{namespace}}',
  showPods_other: '展开 {{count}} 个 Pod',
  stackAgain: '重新堆叠 {{name}} 的 Pod',
  foldNamespace: '折叠命名空间 {{namespace}}',

  editing: '正在修改清单…',
  atLine: '{{summary}} · 清单第 {{line}} 行',
  dismiss: '关闭这条假设操作的消息',
};

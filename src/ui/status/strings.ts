import type { Translation } from '../../i18n/dictionary';

/** The status line under the graph: what the last load found, and how it went. */
export const en = {
  starting: 'Starting…',
  parsing: 'Parsing…',
  ready: 'Ready',
  failed: 'Could not read the manifests: {{reason}}',
  unknownError: 'unknown error',
  staleAtLine: 'YAML error on line {{line}}: showing the last graph that could be read',
  stale: 'YAML error: showing the last graph that could be read',

  nodes_one: '{{count}} node',
  nodes_other: '{{count}} nodes',
  pods_one: '{{count}} pod ({{ready}} ready)',
  pods_other: '{{count}} pods ({{ready}} ready)',
  services_one: '{{count}} service',
  services_other: '{{count}} services',
  workloads_one: '{{count}} workload',
  workloads_other: '{{count}} workloads',
  ingresses_one: '{{count}} ingress',
  ingresses_other: '{{count}} ingresses',
  separator: ' · ',

  timings: 'read in {{parseMs}} ms, laid out in {{layoutMs}} ms ({{engine}})',
  layoutColumns: 'columns',
  layoutElk: 'ELK',
  notDrawn_one: '{{count}} object not drawn',
  notDrawn_other: '{{count}} objects not drawn',
  notSaved: 'text not saved in this browser',
} as const;

export const zh: Translation<typeof en> = {
  starting: '正在启动…',
  parsing: '正在解析…',
  ready: '就绪',
  failed: '无法读取清单：{{reason}}',
  unknownError: '未知错误',
  staleAtLine: '第 {{line}} 行有 YAML 错误：显示的是最后一次能读取的图',
  stale: 'YAML 错误：显示的是最后一次能读取的图',

  nodes_other: '{{count}} 个 Node',
  pods_other: '{{count}} 个 Pod（{{ready}} 个就绪）',
  services_other: '{{count}} 个 Service',
  workloads_other: '{{count}} 个工作负载',
  ingresses_other: '{{count}} 个 Ingress',
  separator: ' · ',

  timings: '读取用时 {{parseMs}} ms，布局用时 {{layoutMs}} ms（{{engine}}）',
  layoutColumns: '分列',
  layoutElk: 'ELK',
  notDrawn_other: '{{count}} 个对象未绘制',
  notSaved: '文本未保存在此浏览器中',
};

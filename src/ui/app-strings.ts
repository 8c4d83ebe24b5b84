import type { Translation } from '../i18n/dictionary';

/** The frame of the app: header, panes, toolbar, and the preferences (language, theme). */
export const en = {
  tagline: 'How Kubernetes Services route traffic',
  manifests: 'Manifests',
  manifestsHint: 'YAML, JSON or kubectl get -o yaml output',
  manifestsHintLarge: 'Large text: shown without highlighting, to keep the page fast',

  example: 'Example',
  openExample: 'Open an example…',
  workerNodes: 'Worker nodes',
  proxyMode: 'kube-proxy',
  proxyModeTitle: "kube-proxy's mode (--proxy-mode): which rules carry Service traffic",
  systemObjects: 'System objects',
  shareAndExport: 'Share and export',

  preferences: 'Language and theme',
  updateReady: 'A new version of svcscope is ready.',
  updateReload: 'Reload',
  language: 'Language',
  theme: 'Theme',
  themeSystem: 'Theme: auto',
  themeLight: 'Theme: light',
  themeDark: 'Theme: dark',
} as const;

export const zh: Translation<typeof en> = {
  tagline: 'Kubernetes Service 如何转发流量',
  manifests: '清单',
  manifestsHint: 'YAML、JSON 或 kubectl get -o yaml 的输出',
  manifestsHintLarge: '文本较大：不做语法高亮，以保持页面流畅',

  example: '示例',
  openExample: '打开示例…',
  workerNodes: '工作节点',
  proxyMode: 'kube-proxy',
  proxyModeTitle: 'kube-proxy 的模式（--proxy-mode）：由哪种规则转发 Service 流量',
  systemObjects: '系统对象',
  shareAndExport: '分享与导出',

  preferences: '语言与主题',
  updateReady: 'svcscope 有新版本可用。',
  updateReload: '重新加载',
  language: '语言',
  theme: '主题',
  themeSystem: '主题：跟随系统',
  themeLight: '主题：浅色',
  themeDark: '主题：深色',
};

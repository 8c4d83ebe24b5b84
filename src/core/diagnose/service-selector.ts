import type { Diagnostic } from '../diagnostics';
import type { Pod, Service } from '../model/types';
import type { DiagnoseContext } from './context';
import { noEndpointEffect } from './effects';
import { explainEmptySelection } from './near-misses';
import { describeGroup, groupPods, type PodGroup } from './pod-groups';
import { formatLabels, joinList, plural } from './words';

/** Labels that tell versions of one app apart: two workloads differing only in these look like a canary. */
const VERSION_KEYS: ReadonlySet<string> = new Set([
  'version',
  'app.kubernetes.io/version',
  'track',
  'release',
  'canary',
  'stage',
  'variant',
  'revision',
  'color',
  'colour',
  'slot',
]);

export function isServingPod(pod: Pod): boolean {
  return pod.ip !== undefined && pod.phase !== 'Succeeded' && pod.phase !== 'Failed';
}

/** The pods a Service's selector picks in its namespace, whatever their state. */
export function podsSelectedBy(ctx: DiagnoseContext, service: Service): Pod[] {
  const selector = service.selector;
  if (selector === undefined || service.type === 'ExternalName') return [];
  return ctx.podsMatching(selector, service.meta.namespace);
}

/** A cluster dump without pods: the endpoints came from the text, and the selector cannot be judged. */
function endpointsKeptAsGiven(ctx: DiagnoseContext, service: Service): boolean {
  if (ctx.podsIn(service.meta.namespace).length > 0) return false;
  return (
    ctx.slicesOf(service).some((s) => s.meta.source.location !== undefined) ||
    ctx.endpoints(service.meta.namespace, service.meta.name)?.meta.source.location !== undefined
  );
}

export function checkServiceSelector(ctx: DiagnoseContext, service: Service): Diagnostic[] {
  const selector = service.selector;
  if (selector === undefined || service.type === 'ExternalName' || endpointsKeptAsGiven(ctx, service)) return [];
  const base = { kind: 'Service', meta: service.meta } as const;
  const shown = formatLabels(selector);
  const matched = podsSelectedBy(ctx, service);
  if (matched.length === 0) {
    const why = explainEmptySelection(ctx, service, selector);
    return [
      ctx.finding({
        ...base,
        code: 'SVC_SELECTOR_MATCHES_NOTHING',
        severity: 'warning',
        fields: why.key !== undefined ? ['spec.selector', `spec.selector.${why.key}`] : ['spec.selector'],
        message: `selector ${shown} matches no pod, so the Service has no endpoints: ${noEndpointEffect(service, ctx.cluster.settings.proxyMode)}. ${why.sentences.join(' ')}`,
        hint: why.hint,
      }),
    ];
  }
  const serving = matched.filter(isServingPod);
  if (serving.length === 0) {
    const states = groupPods(matched).map((g) => `${describeGroup(g)}: ${joinList([...new Set(g.pods.map(podState))], 2)}`);
    return [
      ctx.finding({
        ...base,
        code: 'SVC_SELECTED_PODS_NOT_RUNNING',
        severity: 'warning',
        fields: ['spec.selector'],
        message: `selector ${shown} matches ${plural(matched.length, 'pod')}, but none is running with an IP (${joinList(states, 2)}), so the Service has no endpoints: ${noEndpointEffect(service, ctx.cluster.settings.proxyMode)}.`,
        hint: 'Get the pods running: a pod is Pending when no ready, schedulable node fits its nodeSelector or nodeName.',
      }),
    ];
  }
  const groups = groupPods(serving);
  return groups.length >= 2 ? [multipleApps(ctx, service, groups)] : [];
}

function podState(pod: Pod): string {
  if (pod.phase === 'Pending') return pod.nodeName ? `Pending on ${pod.nodeName}` : 'Pending (no node fits it)';
  if (pod.ip === undefined) return `${pod.phase} without an IP`;
  return pod.phase;
}

function multipleApps(ctx: DiagnoseContext, service: Service, groups: readonly PodGroup[]): Diagnostic {
  const differing = new Set<string>();
  for (const g of groups)
    for (const other of groups)
      for (const k of new Set([...Object.keys(g.labels), ...Object.keys(other.labels)])) if (g.labels[k] !== other.labels[k]) differing.add(k);
  const canary = differing.size > 0 && [...differing].every((k) => VERSION_KEYS.has(k)) && groups.every((g) => g.kind !== 'Pod');
  const total = groups.reduce((n, g) => n + g.pods.length, 0);
  const parts = groups.map((g) => {
    const tell = [...differing].filter((k) => g.labels[k] !== undefined).map((k) => `${k}=${g.labels[k] ?? ''}`);
    return `${describeGroup(g)}${tell.length > 0 ? ` (${tell.join(',')})` : ''}`;
  });
  const split = groups.map((g) => g.pods.length).join(':');
  const largest = [...groups].sort((a, b) => b.pods.length - a.pods.length)[0];
  const versionKey = [...differing].find((k) => largest?.labels[k] !== undefined);
  const example = versionKey !== undefined ? `${versionKey}=${largest?.labels[versionKey] ?? ''}` : 'version=…';
  return ctx.finding({
    kind: 'Service',
    meta: service.meta,
    code: 'SVC_SELECTOR_MATCHES_MULTIPLE_APPS',
    severity: canary ? 'info' : 'warning',
    fields: ['spec.selector'],
    message:
      `selector ${formatLabels(service.selector ?? {})} picks pods of ${groups.length} workloads: ${joinList(parts, 3)}. ` +
      `kube-proxy spreads connections evenly over all ${total} pods, so traffic splits ${split}` +
      (canary ? '; fine for a canary or blue/green rollout, if that is the plan.' : '; the workloads look unrelated.'),
    hint: canary
      ? `If only one version should answer, add its version label to the selector (e.g. ${example}).`
      : 'Add a label that only the intended workload’s pod template has to the selector (e.g. app=<name>).',
  });
}

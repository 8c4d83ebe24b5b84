import { labelsMatch } from '../model/read/selector';
import type { Labels, Service } from '../model/types';
import type { DiagnoseContext } from './context';
import { describeGroup, groupPods } from './pod-groups';
import { isNearMiss } from './similarity';
import { formatLabels, joinList } from './words';

/**
 * Why a selector matches nothing, in the order people get it wrong: a typo in a key or value, a label
 * the pods do not have, the pods living in another namespace, a workload scaled to zero, and the
 * selector copied from the Deployment's own metadata.labels instead of its pod template.
 */
export interface NearMissReport {
  readonly sentences: readonly string[];
  readonly hint: string;
  /** The selector key to point at, when one key is the culprit. */
  readonly key?: string;
}

interface Candidate {
  readonly labels: Labels;
  readonly description: string;
  /** For the verb: "3 pods of Deployment web have", "Pod debug has". */
  readonly many: boolean;
}

interface Comparison {
  readonly exact: number;
  readonly typos: readonly { key: string; actualKey: string; actualValue: string }[];
  readonly misses: readonly { key: string; value: string; actual: string | undefined }[];
}

function compare(selector: Labels, labels: Labels): Comparison {
  let exact = 0;
  const typos: Comparison['typos'][number][] = [];
  const misses: Comparison['misses'][number][] = [];
  for (const [key, value] of Object.entries(selector)) {
    if (Object.hasOwn(labels, key) && labels[key] === value) {
      exact += 1;
      continue;
    }
    const near = Object.entries(labels).find(
      ([k, v]) => (k === key && isNearMiss(value, v)) || (isNearMiss(key, k) && (v === value || isNearMiss(value, v))),
    );
    if (near) typos.push({ key, actualKey: near[0], actualValue: near[1] });
    else misses.push({ key, value, actual: Object.hasOwn(labels, key) ? labels[key] : undefined });
  }
  return { exact, typos, misses };
}

function candidatesIn(ctx: DiagnoseContext, namespace: string): Candidate[] {
  const out: Candidate[] = ctx.podGroupsIn(namespace).map((g) => ({ labels: g.labels, description: describeGroup(g), many: g.pods.length > 1 }));
  for (const w of ctx.workloadsIn(namespace))
    if (!ctx.hasPods(w)) out.push({ labels: w.template.labels, description: `${w.kind} ${w.meta.name} (no pod running)`, many: false });
  return out;
}

export function explainEmptySelection(ctx: DiagnoseContext, service: Service, selector: Labels): NearMissReport {
  const ns = service.meta.namespace;
  const shown = formatLabels(selector);
  const sentences: string[] = [];
  const hints: string[] = [];
  let key: string | undefined;

  const candidates = ctx.memo(`near-miss-candidates:${ns}`, () => candidatesIn(ctx, ns));
  const typos: string[] = [];
  const partials: string[] = [];
  for (const c of candidates) {
    const r = compare(selector, c.labels);
    if (r.misses.length === 0 && r.typos.length > 0) {
      const fixed: Record<string, string> = {};
      for (const [k, v] of Object.entries(selector)) {
        const t = r.typos.find((x) => x.key === k);
        fixed[t ? t.actualKey : k] = t ? t.actualValue : v;
      }
      typos.push(`${formatLabels(fixed)} (${c.description})`);
      if (typos.length === 1) {
        hints.push(`Change the selector to ${formatLabels(fixed)}, or the pod template labels to ${shown}.`);
        key = r.typos.length === 1 ? r.typos[0]?.key : undefined;
      }
    } else if (r.misses.length === 1 && r.typos.length === 0 && r.exact > 0) {
      const m = r.misses[0];
      if (!m) continue;
      const has = c.many ? 'have' : 'has';
      partials.push(`${c.description} ${m.actual === undefined ? `${has} no label ${m.key}` : `${has} ${m.key}=${m.actual}, not ${m.key}=${m.value}`}`);
      if (partials.length === 1) {
        hints.push(`Remove ${m.key}=${m.value} from the selector, or add it to the pod template labels.`);
        key ??= m.key;
      }
    }
  }
  if (typos.length > 0) sentences.push(`Did you mean ${joinList(typos, 2, 'or')}?`);
  if (partials.length > 0) sentences.push(`Almost: ${joinList(partials, 2)}.`);

  const elsewhere = groupPods(ctx.podsMatching(selector).filter((p) => p.meta.namespace !== ns));
  for (const namespace of [...new Set(elsewhere.map((g) => g.namespace))].slice(0, 2)) {
    const here = elsewhere.filter((g) => g.namespace === namespace).map(describeGroup);
    sentences.push(`Pods with ${shown} exist in namespace ${namespace} (${joinList(here, 2)}), but a Service only selects pods of its own namespace (${ns}).`);
    hints.push(`Create the Service in namespace ${namespace} (metadata.namespace), or move the pods to ${ns}.`);
  }

  for (const w of ctx.workloadsIn(ns)) {
    if (labelsMatch(selector, w.template.labels)) {
      const why = w.kind === 'DaemonSet' ? 'runs on no node (check its nodeSelector)' : `has replicas: ${w.replicas}`;
      sentences.push(`${w.kind} ${w.meta.name} would match, but it ${why}.`);
      hints.push(w.kind === 'DaemonSet' ? `Let DaemonSet ${w.meta.name} run on some node.` : `Scale ${w.kind} ${w.meta.name} up (spec.replicas).`);
    } else if (Object.keys(selector).length > 0 && labelsMatch(selector, w.meta.labels)) {
      sentences.push(
        `${w.kind} ${w.meta.name} has ${shown} in its own metadata.labels, but a Service selects pods, and its pod template has ${formatLabels(w.template.labels)}.`,
      );
      hints.push(`Select the labels of the pod template (spec.template.metadata.labels of ${w.kind} ${w.meta.name}), not the ${w.kind}'s own labels.`);
    }
  }

  if (sentences.length === 0) {
    const present = ctx.podGroupsIn(ns).map((g) => `${formatLabels(g.labels)} (${describeGroup(g)})`);
    const empty = present.length === 0 && ctx.workloadsIn(ns).length === 0;
    sentences.push(empty ? `The text has no pods and no workloads in namespace ${ns}.` : `Pods in namespace ${ns} carry ${joinList(present, 2)}.`);
    if (empty) hints.push('Paste the Deployment (or the pods: kubectl get pods -o yaml) that should answer, to check the selector against it.');
  }
  return {
    sentences,
    hint: hints[0] ?? 'Make spec.selector equal to the labels of the pod template (spec.template.metadata.labels) of the workload to expose.',
    ...(key !== undefined ? { key } : {}),
  };
}

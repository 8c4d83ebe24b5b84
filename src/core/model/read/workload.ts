import type { FieldReader } from '../../manifest/fields';
import type { Workload, WorkloadKind } from '../types';
import { readMeta } from './meta';
import { readPodTemplate } from './pod-spec';
import { readLabelSelector, selectorMatches } from './selector';

export const MAX_SIMULATED_REPLICAS = 5000;

/** Deployment, ReplicaSet, StatefulSet, DaemonSet: what their controllers need to make pods. */
export function readWorkload(reader: FieldReader, kind: WorkloadKind): Workload | undefined {
  const meta = readMeta(reader, true);
  const spec = reader.record(reader.object.raw['spec'], 'spec') ?? {};
  const template = readPodTemplate(reader, spec['template'], 'spec.template');
  let selector = readLabelSelector(reader, spec['selector'], 'spec.selector');
  if (!selector) {
    // apps/v1beta1 and extensions/v1beta1 defaulted the selector to the template's labels; apps/v1 requires it.
    const legacy = reader.object.apiVersion !== 'apps/v1';
    reader.report(
      legacy ? 'SELECTOR_DEFAULTED' : 'WORKLOAD_SELECTOR_MISSING',
      legacy ? 'warning' : 'error',
      legacy
        ? `${kind} ${meta.name} has no spec.selector; ${reader.object.apiVersion} defaulted it to the pod template's labels.`
        : `spec.selector: Required value (${kind} ${meta.name}); svcscope used the pod template's labels.`,
      'spec',
      'Add spec.selector.matchLabels with the labels of spec.template.metadata.labels.',
    );
    selector = { matchLabels: template.labels, matchExpressions: [] };
  }
  if (!selectorMatches(selector, template.labels)) {
    reader.report(
      'WORKLOAD_SELECTOR_MISMATCH',
      'error',
      `The ${kind} "${meta.name}" is invalid: spec.template.metadata.labels: Invalid value: ${JSON.stringify(template.labels)}: \`selector\` does not match template \`labels\`; it was not created.`,
      'spec.template.metadata.labels',
      'Give the pod template every label of spec.selector.matchLabels.',
    );
    return undefined;
  }
  const replicasValue = reader.int(spec['replicas'], 'spec.replicas');
  let replicas = kind === 'DaemonSet' ? 0 : (replicasValue ?? 1);
  if (replicas < 0) {
    reader.report('REPLICAS_NEGATIVE', 'error', `spec.replicas: Invalid value: ${replicas}: must be greater than or equal to 0.`, 'spec.replicas');
    replicas = 0;
  }
  if (replicas > MAX_SIMULATED_REPLICAS) {
    // A typo like 5000000000 would otherwise take the whole memory of the tab (or throw on the array length).
    reader.report('REPLICAS_CAPPED', 'warning', `spec.replicas is ${replicas}; svcscope simulates at most ${MAX_SIMULATED_REPLICAS} pods of one workload.`, 'spec.replicas');
    replicas = MAX_SIMULATED_REPLICAS;
  }
  const serviceName = kind === 'StatefulSet' ? reader.string(spec['serviceName'], 'spec.serviceName') : undefined;
  return { meta, kind, replicas, selector, template, ...(serviceName ? { serviceName } : {}) };
}

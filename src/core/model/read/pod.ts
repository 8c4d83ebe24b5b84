import type { FieldReader } from '../../manifest/fields';
import { isRecord } from '../../manifest/objects';
import type { OwnerRef, Pod, PodPhase } from '../types';
import { readMeta } from './meta';
import { readPodSpec } from './pod-spec';

const PHASES: readonly PodPhase[] = ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'];

/**
 * A Pod as written: from a cluster dump it carries status (podIP, conditions) and is taken as it is.
 * A bare Pod manifest without status is scheduled and started by the cluster builder.
 */
export function readPod(reader: FieldReader): Pod {
  const meta = readMeta(reader, true);
  const raw = reader.object.raw;
  const spec = readPodSpec(reader, raw['spec'], 'spec');
  const status = reader.record(raw['status'], 'status') ?? {};
  const metadata = isRecord(raw['metadata']) ? raw['metadata'] : {};
  const phaseText = reader.string(status['phase'], 'status.phase');
  const hasStatus = isRecord(raw['status']) && Object.keys(status).length > 0;
  const phase: PodPhase = PHASES.find((p) => p === phaseText) ?? (hasStatus ? 'Pending' : 'Running');
  const conditions = reader.list(status['conditions'], 'status.conditions');
  const readyCondition = conditions.find((c) => isRecord(c) && c['type'] === 'Ready');
  // Without a status the pod is one the user wants started: it becomes Ready like a healthy pod would.
  const ready = hasStatus ? isRecord(readyCondition) && readyCondition['status'] === 'True' : true;
  const ip = reader.string(status['podIP'], 'status.podIP');
  const hostIP = reader.string(status['hostIP'], 'status.hostIP');
  const owner = readController(reader, metadata['ownerReferences']);
  return {
    meta,
    spec,
    phase,
    ready,
    terminating: metadata['deletionTimestamp'] !== undefined && metadata['deletionTimestamp'] !== null,
    fromManifest: true,
    ...(spec.nodeName ? { nodeName: spec.nodeName } : {}),
    ...(ip ? { ip } : {}),
    ...(hostIP ? { hostIP } : {}),
    ...(owner ? { owner } : {}),
  };
}

function readController(reader: FieldReader, value: unknown): OwnerRef | undefined {
  const refs = reader.list(value, 'metadata.ownerReferences').filter(isRecord);
  const controller = refs.find((r) => r['controller'] === true) ?? refs[0];
  if (!controller || typeof controller['kind'] !== 'string' || typeof controller['name'] !== 'string') return undefined;
  return { kind: controller['kind'], name: controller['name'] };
}

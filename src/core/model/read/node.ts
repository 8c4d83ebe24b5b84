import type { FieldReader } from '../../manifest/fields';
import { isRecord } from '../../manifest/objects';
import type { Node } from '../types';
import { readMeta } from './meta';

/** A Node from a cluster dump: its InternalIP, podCIDR, zone label, Ready condition and control-plane role. */
export function readNode(reader: FieldReader): Omit<Node, 'podCIDR' | 'internalIP'> & { podCIDR?: string; internalIP?: string } {
  const meta = readMeta(reader, false);
  const raw = reader.object.raw;
  const spec = reader.record(raw['spec'], 'spec') ?? {};
  const status = reader.record(raw['status'], 'status') ?? {};
  const addresses = reader.list(status['addresses'], 'status.addresses').filter(isRecord);
  const internal = addresses.find((a) => a['type'] === 'InternalIP') ?? addresses.find((a) => a['type'] === 'ExternalIP');
  const conditions = reader.list(status['conditions'], 'status.conditions').filter(isRecord);
  const readyCondition = conditions.find((c) => c['type'] === 'Ready');
  const taints = reader.list(spec['taints'], 'spec.taints').filter(isRecord);
  const controlPlane =
    Object.hasOwn(meta.labels, 'node-role.kubernetes.io/control-plane') || Object.hasOwn(meta.labels, 'node-role.kubernetes.io/master');
  const noSchedule = taints.some((t) => t['effect'] === 'NoSchedule' || t['effect'] === 'NoExecute') || spec['unschedulable'] === true;
  const podCIDR = reader.string(spec['podCIDR'], 'spec.podCIDR');
  const zone = meta.labels['topology.kubernetes.io/zone'];
  return {
    meta,
    name: meta.name,
    ready: readyCondition ? readyCondition['status'] === 'True' : true,
    controlPlane,
    schedulable: !noSchedule,
    simulated: false,
    ...(typeof internal?.['address'] === 'string' ? { internalIP: internal['address'] } : {}),
    ...(podCIDR ? { podCIDR } : {}),
    ...(zone ? { zone } : {}),
  };
}

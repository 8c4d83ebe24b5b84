import type { ObjectTarget } from './find-object';
import { EditError } from './patch';
import type { EditSession } from './session';
import type { EditDone, ServiceFieldEdit } from './types';
import { mapGet, scalarText } from './yaml-tree';

/**
 * Fields the API server refuses (or drops on update: dropTypeDependentFields in the Service registry) when a
 * Service is not of a type that uses them. A type change removes them, as `kubectl edit` would have to.
 */
const ONLY_FOR_LOAD_BALANCER = ['healthCheckNodePort', 'allocateLoadBalancerNodePorts', 'loadBalancerSourceRanges', 'loadBalancerClass'] as const;
const ONLY_FOR_EXTERNAL = ['externalTrafficPolicy'] as const;

export function setServiceField(session: EditSession, target: ObjectTarget, edit: ServiceFieldEdit): EditDone {
  const type = scalarText(session.read(target, ['spec', 'type'])) ?? 'ClusterIP';
  const name = `Service ${target.namespace}/${target.name}`;
  const service = { namespace: target.namespace, name: target.name };
  switch (edit.field) {
    case 'type':
      setType(session, target, type, edit.value);
      return { type: 'service-type', ...service, serviceType: edit.value };
    case 'externalTrafficPolicy':
      if (type !== 'NodePort' && type !== 'LoadBalancer')
        throw new EditError(`externalTrafficPolicy applies only to NodePort and LoadBalancer Services; ${name} is ${type}. Change its type first.`);
      session.set(target, ['spec', 'externalTrafficPolicy'], edit.value);
      // The health-check port exists only for LoadBalancer + Local; the API server allocates it again if needed.
      if (edit.value === 'Cluster') session.delete(target, ['spec', 'healthCheckNodePort']);
      return { type: 'service-field', ...service, field: edit.field, value: edit.value };
    case 'sessionAffinity':
      session.set(target, ['spec', 'sessionAffinity'], edit.value);
      return { type: 'service-field', ...service, field: edit.field, value: edit.value };
  }
}

function setType(session: EditSession, target: ObjectTarget, from: string, to: ServiceFieldEdit['value']): void {
  const clusterIP = scalarText(session.read(target, ['spec', 'clusterIP']));
  if (clusterIP === 'None' && to !== 'ClusterIP')
    throw new EditError(`A headless Service (clusterIP: None) cannot become ${to}: clusterIP is immutable and ${to} needs a cluster IP.`);
  session.set(target, ['spec', 'type'], to);
  if (from === 'ExternalName') session.delete(target, ['spec', 'externalName']);
  if (to !== 'LoadBalancer') for (const field of ONLY_FOR_LOAD_BALANCER) session.delete(target, ['spec', field]);
  if (to === 'ClusterIP') {
    for (const field of ONLY_FOR_EXTERNAL) session.delete(target, ['spec', field]);
    dropNodePorts(session, target);
  }
}

/** `nodePort: Forbidden: may not be used when type is 'ClusterIP'`: each port loses its nodePort. */
function dropNodePorts(session: EditSession, target: ObjectTarget): void {
  const ports = session.read(target, ['spec', 'ports']);
  const count = ports?.kind === 'seq' ? ports.items.length : 0;
  for (let i = 0; i < count; i++) session.delete(target, ['spec', 'ports', i, 'nodePort']);
}

/**
 * Changes, adds and removes selector keys one by one, so comments and order around the unchanged keys stay.
 * An empty selector removes the field: a Service without selector (its Endpoints are then written by hand).
 */
export function setSelector(session: EditSession, target: ObjectTarget, selector: Readonly<Record<string, string>>): EditDone {
  const done: EditDone = { type: 'selector', namespace: target.namespace, name: target.name, selector: { ...selector } };
  for (const key of Object.keys(selector)) if (key.trim() === '') throw new EditError('A selector key cannot be empty.');
  const entries = Object.entries(selector);
  if (entries.length === 0) {
    session.delete(target, ['spec', 'selector']);
    return done;
  }
  const current = session.read(target, ['spec', 'selector']);
  if (current?.kind !== 'map') {
    session.set(target, ['spec', 'selector'], Object.fromEntries(entries));
  } else {
    // Adds before removes: the mapping never becomes empty on the way, which would change its shape.
    for (const [key, value] of entries) if (scalarText(mapGet(current, key)?.value) !== value) session.set(target, ['spec', 'selector', key], value);
    const stale = current.entries.map((e) => scalarText(e.key)).filter((key): key is string => key !== undefined && !Object.hasOwn(selector, key));
    for (const key of stale) session.delete(target, ['spec', 'selector', key]);
  }
  return done;
}

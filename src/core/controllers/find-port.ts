import type { Pod, ServicePort } from '../model/types';

/**
 * podutil.FindPort: a numeric targetPort is used as it is (it need not be declared); a named one is looked
 * up in spec.containers in order (not init containers), matching name AND protocol. undefined: not found.
 */
export function findPort(pod: Pod, port: ServicePort): number | undefined {
  if (typeof port.targetPort === 'number') return port.targetPort;
  for (const container of pod.spec.containers)
    for (const cp of container.ports) if (cp.name === port.targetPort && cp.protocol === port.protocol) return cp.containerPort;
  return undefined;
}

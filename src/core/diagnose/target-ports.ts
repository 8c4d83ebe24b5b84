import type { Diagnostic } from '../diagnostics';
import type { ContainerPort, Pod, Service, ServicePort } from '../model/types';
import type { DiagnoseContext } from './context';
import { describeGroup, describeWorkloadOf, groupPods, type PodGroup } from './pod-groups';
import { isServingPod, podsSelectedBy } from './service-selector';
import { isNearMiss } from './similarity';
import { joinList } from './words';

/**
 * targetPort against what the selected containers declare. A numeric targetPort is used as it is:
 * containerPort is documentation, kube-proxy DNATs to podIP:targetPort whether or not it is declared,
 * so an undeclared number is a guess about what the process listens on, not an error Kubernetes sees.
 * A named targetPort is resolved per pod (name and protocol); pods without it get no endpoint for it.
 */
const declaredPorts = (pod: Pod): ContainerPort[] => pod.spec.containers.flatMap((c) => c.ports);
const showPort = (p: ContainerPort): string => `${p.containerPort}/${p.protocol}${p.name ? ` (${p.name})` : ''}`;

export function checkTargetPorts(ctx: DiagnoseContext, service: Service): Diagnostic[] {
  const pods = podsSelectedBy(ctx, service).filter(isServingPod);
  if (pods.length === 0) return [];
  const groups = groupPods(pods);
  const out: Diagnostic[] = [];
  service.ports.forEach((sp, i) => {
    if (typeof sp.targetPort === 'string') out.push(...namedTargetPort(ctx, service, sp, i, groups, pods.length));
    // Headless Services are not proxied: the port mapping has its own finding (SVC_HEADLESS_PORT_REMAP).
    else if (service.clusterIP !== 'None') out.push(...numericTargetPort(ctx, service, sp, sp.targetPort, i, groups));
  });
  return out;
}

function numericTargetPort(ctx: DiagnoseContext, service: Service, sp: ServicePort, target: number, index: number, groups: readonly PodGroup[]): Diagnostic[] {
  const undeclared: PodGroup[] = [];
  const wrong: { group: PodGroup; declared: ContainerPort[] }[] = [];
  for (const group of groups) {
    const declared = group.pods[0] ? declaredPorts(group.pods[0]) : [];
    if (declared.length === 0) undeclared.push(group);
    else if (!declared.some((p) => p.containerPort === target && p.protocol === sp.protocol)) wrong.push({ group, declared });
  }
  const base = { kind: 'Service', meta: service.meta, code: 'SVC_TARGETPORT_NOT_EXPOSED', fields: [`spec.ports.${index}`, `spec.ports.${index}.targetPort`] } as const;
  const forwards = `kube-proxy still forwards to podIP:${target} (containerPort is informational only)`;
  if (wrong.length > 0) {
    const names = joinList(wrong.map((w) => describeWorkloadOf(w.group)));
    const declared = [...new Map(wrong.flatMap((w) => w.declared).map((p) => [showPort(p), p])).values()];
    const sameProtocol = declared.filter((p) => p.protocol === sp.protocol);
    const listensOnPort = sp.port !== target && sameProtocol.some((p) => p.containerPort === sp.port);
    const otherProtocol = declared.find((p) => p.containerPort === target && p.protocol !== sp.protocol);
    const only = sameProtocol.length === 1 ? sameProtocol[0] : undefined;
    let message: string;
    if (listensOnPort)
      message = `port ${sp.port} → targetPort ${target}, but ${names} declares containerPort ${sp.port}: the Service port matches the container and the targetPort does not, which looks like a mistake. ${forwards}, so connections fail unless the process also listens on ${target}.`;
    else if (otherProtocol)
      message = `targetPort ${target}/${sp.protocol}: ${names} declares ${showPort(otherProtocol)}, another protocol. ${forwards} over ${sp.protocol}, where nothing is declared to listen.`;
    else
      message = `targetPort ${target} is not declared by ${names} (${declared.length === 1 ? 'it declares' : 'they declare'} ${joinList(declared.map(showPort))}). ${forwards}, so connections are refused unless the process listens on ${target} anyway.`;
    const hint = listensOnPort
      ? `Set targetPort: ${sp.port} (the port the container listens on).`
      : otherProtocol
        ? `Set protocol: ${otherProtocol.protocol} on the Service port, or declare ${target}/${sp.protocol} in the container.`
        : only
          ? `Set targetPort: ${only.name ?? only.containerPort} if the container listens on ${only.containerPort}, or declare containerPort: ${target}.`
          : `Set targetPort to the containerPort the process listens on.`;
    return [ctx.finding({ ...base, severity: 'warning', message, hint })];
  }
  if (undeclared.length === 0) return [];
  return [
    ctx.finding({
      ...base,
      severity: 'info',
      message: `targetPort ${target}: ${joinList(undeclared.map(describeWorkloadOf))} declares no container ports, so svcscope cannot check that anything listens on ${target}; ${forwards}.`,
      hint: `Declare containerPort: ${target} in the pod template (and name it, to use a named targetPort).`,
    }),
  ];
}

function namedTargetPort(ctx: DiagnoseContext, service: Service, sp: ServicePort, index: number, groups: readonly PodGroup[], total: number): Diagnostic[] {
  const name = String(sp.targetPort);
  const lacking = groups
    .map((g) => ({ group: g, pods: g.pods.filter((p) => !hasNamedPort(p, name, sp)) }))
    .filter((x) => x.pods.length > 0);
  if (lacking.length === 0) return [];
  const missing = lacking.reduce((n, x) => n + x.pods.length, 0);
  const reasons = lacking.map((x) => `${describeGroup({ ...x.group, pods: x.pods })}: ${whyMissing(x.pods[0], name, sp)}`);
  const all = missing === total;
  const effect = all
    ? service.ports.length === 1
      ? 'No pod gets an endpoint, so the Service has no endpoints.'
      : `No pod gets an endpoint for port ${sp.port}.`
    : `Those pods get no endpoint for port ${sp.port}; only the other ${total - missing} answer it.`;
  return [
    ctx.finding({
      kind: 'Service',
      meta: service.meta,
      code: 'SVC_NAMED_TARGETPORT_MISSING',
      severity: 'warning',
      fields: [`spec.ports.${index}`, `spec.ports.${index}.targetPort`],
      message: `targetPort "${name}" (port ${sp.port}/${sp.protocol}) must be the name of a container port with protocol ${sp.protocol}; ${all ? 'no selected pod has it' : `${missing} of ${total} selected pods lack it`} (${joinList(reasons, 2)}). ${effect}`,
      hint: `Add name: ${name} to the containerPort the process listens on, in the pod template of ${joinList(lacking.map((x) => describeWorkloadOf(x.group)))}; or use a port number as targetPort.`,
    }),
  ];
}

function hasNamedPort(pod: Pod, name: string, sp: ServicePort): boolean {
  return declaredPorts(pod).some((p) => p.name === name && p.protocol === sp.protocol);
}

function whyMissing(pod: Pod | undefined, name: string, sp: ServicePort): string {
  if (!pod) return 'no port of that name';
  const ports = declaredPorts(pod);
  const sameName = ports.find((p) => p.name === name);
  if (sameName) return `its port ${name} is ${sameName.protocol}, not ${sp.protocol}`;
  const near = ports.find((p) => p.name !== undefined && p.name.toLowerCase() === name.toLowerCase());
  if (near) return `it has a port named "${near.name ?? ''}" (names are case-sensitive)`;
  const similar = ports.find((p) => p.name !== undefined && (isNearMiss(p.name, name) || (p.name.length > 2 && (p.name.includes(name) || name.includes(p.name)))));
  if (similar) return `it has a port named "${similar.name ?? ''}"; a typo?`;
  if (pod.spec.containers.some((c) => c.name === name)) return `"${name}" is a container name, not a port name`;
  if (ports.length === 0) return 'it declares no ports';
  return `its ports are ${joinList(ports.map(showPort))}`;
}

import type { FieldReader } from '../../manifest/fields';
import { isRecord } from '../../manifest/objects';
import type { Labels, ObjectMeta, Protocol } from '../types';
import { readMeta } from './meta';
import { readProtocol } from './pod-spec';

/** A Service port as written, before defaulting. */
export interface ServicePortDraft {
  readonly name: string;
  readonly protocol: Protocol;
  readonly port: number | undefined;
  readonly targetPort: number | string | undefined;
  readonly nodePort: number | undefined;
  readonly appProtocol?: string;
}

/** A Service as written, before API defaulting, validation and allocation. */
export interface ServiceDraft {
  readonly meta: ObjectMeta;
  readonly reader: FieldReader;
  readonly type: string;
  readonly clusterIP: string | undefined;
  readonly clusterIPs: readonly string[];
  readonly ports: readonly ServicePortDraft[];
  readonly selector: Labels | undefined;
  readonly sessionAffinity: string | undefined;
  readonly sessionAffinityTimeoutSeconds: number | undefined;
  readonly hasSessionAffinityConfig: boolean;
  readonly externalTrafficPolicy: string | undefined;
  readonly internalTrafficPolicy: string | undefined;
  readonly healthCheckNodePort: number | undefined;
  readonly externalIPs: readonly string[];
  readonly externalName: string | undefined;
  readonly loadBalancerIP: string | undefined;
  readonly loadBalancerSourceRanges: readonly string[];
  readonly loadBalancerIngressIPs: readonly string[];
  readonly allocateLoadBalancerNodePorts: boolean | undefined;
  readonly publishNotReadyAddresses: boolean;
  readonly trafficDistribution: string | undefined;
  readonly ipFamilies: readonly string[];
  /** Problems found while reading that make the API server refuse the object (it is then not created). */
  readonly rejected: boolean;
}

export function readServiceDraft(reader: FieldReader): ServiceDraft {
  const meta = readMeta(reader, true);
  const raw = reader.object.raw;
  const spec = reader.record(raw['spec'], 'spec') ?? {};
  const status = reader.record(raw['status'], 'status') ?? {};
  const ports = reader.list(spec['ports'], 'spec.ports').map((value, i) => readPort(reader, value, `spec.ports.${i}`));
  const affinityConfig = reader.record(spec['sessionAffinityConfig'], 'spec.sessionAffinityConfig');
  const clientIP = affinityConfig ? reader.record(affinityConfig['clientIP'], 'spec.sessionAffinityConfig.clientIP') : undefined;
  const lb = reader.record(status['loadBalancer'], 'status.loadBalancer');
  const ingressIPs = lb
    ? reader
        .list(lb['ingress'], 'status.loadBalancer.ingress')
        .filter(isRecord)
        .map((i) => i['ip'])
        .filter((ip): ip is string => typeof ip === 'string')
    : [];
  const rangesAnnotation = meta.annotations['service.beta.kubernetes.io/load-balancer-source-ranges'];
  const ranges = strings(reader, spec['loadBalancerSourceRanges'], 'spec.loadBalancerSourceRanges');
  const hasSelector = spec['selector'] !== undefined && spec['selector'] !== null;
  const selectorRecord = reader.record(spec['selector'], 'spec.selector');
  // A Deployment-style selector in a Service: the API server cannot read it (a Service selector is a plain map).
  const setBased = selectorRecord !== undefined && ['matchLabels', 'matchExpressions'].some((k) => typeof selectorRecord[k] === 'object' && selectorRecord[k] !== null);
  if (setBased)
    reader.report(
      'SERVICE_SELECTOR_NOT_A_MAP',
      'error',
      `The Service "${meta.name}" is invalid: spec.selector is a plain map of labels (app: myapp), not matchLabels/matchExpressions as in a Deployment; the Service was not created.`,
      'spec.selector',
      'Write the labels directly under selector, e.g. "selector: {app: myapp}".',
    );
  return {
    meta,
    reader,
    type: reader.string(spec['type'], 'spec.type') ?? '',
    clusterIP: reader.string(spec['clusterIP'], 'spec.clusterIP'),
    clusterIPs: strings(reader, spec['clusterIPs'], 'spec.clusterIPs'),
    ports,
    selector: hasSelector && !setBased ? reader.stringMap(spec['selector'], 'spec.selector') : undefined,
    rejected: setBased,
    sessionAffinity: reader.string(spec['sessionAffinity'], 'spec.sessionAffinity'),
    sessionAffinityTimeoutSeconds: clientIP
      ? reader.int(clientIP['timeoutSeconds'], 'spec.sessionAffinityConfig.clientIP.timeoutSeconds')
      : undefined,
    hasSessionAffinityConfig: affinityConfig !== undefined,
    externalTrafficPolicy: reader.string(spec['externalTrafficPolicy'], 'spec.externalTrafficPolicy'),
    internalTrafficPolicy: reader.string(spec['internalTrafficPolicy'], 'spec.internalTrafficPolicy'),
    healthCheckNodePort: reader.int(spec['healthCheckNodePort'], 'spec.healthCheckNodePort'),
    externalIPs: strings(reader, spec['externalIPs'], 'spec.externalIPs'),
    externalName: reader.string(spec['externalName'], 'spec.externalName'),
    loadBalancerIP: reader.string(spec['loadBalancerIP'], 'spec.loadBalancerIP'),
    loadBalancerSourceRanges:
      ranges.length > 0 ? ranges : rangesAnnotation ? rangesAnnotation.split(',').map((r) => r.trim()).filter(Boolean) : [],
    loadBalancerIngressIPs: ingressIPs,
    allocateLoadBalancerNodePorts: reader.bool(spec['allocateLoadBalancerNodePorts'], 'spec.allocateLoadBalancerNodePorts'),
    publishNotReadyAddresses: reader.bool(spec['publishNotReadyAddresses'], 'spec.publishNotReadyAddresses') ?? false,
    trafficDistribution: reader.string(spec['trafficDistribution'], 'spec.trafficDistribution'),
    ipFamilies: strings(reader, spec['ipFamilies'], 'spec.ipFamilies'),
  };
}

function readPort(reader: FieldReader, value: unknown, path: string): ServicePortDraft {
  const record = reader.record(value, path) ?? {};
  const appProtocol = reader.string(record['appProtocol'], `${path}.appProtocol`);
  const targetPort = reader.intOrString(record['targetPort'], `${path}.targetPort`);
  return {
    name: reader.string(record['name'], `${path}.name`) ?? '',
    protocol: readProtocol(reader, record['protocol'], `${path}.protocol`),
    port: reader.int(record['port'], `${path}.port`),
    targetPort,
    nodePort: reader.int(record['nodePort'], `${path}.nodePort`),
    ...(appProtocol ? { appProtocol } : {}),
  };
}

function strings(reader: FieldReader, value: unknown, path: string): string[] {
  return reader
    .list(value, path)
    .map((item, i) => reader.string(item, `${path}.${i}`))
    .filter((s): s is string => s !== undefined);
}

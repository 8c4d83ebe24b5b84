import type { FieldReader } from '../../manifest/fields';
import type { Container, ContainerPort, PodSpecSummary, PodTemplate, Protocol } from '../types';

const PROTOCOLS: readonly string[] = ['TCP', 'UDP', 'SCTP'];
const DNS_POLICIES = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'] as const;

export function readProtocol(reader: FieldReader, value: unknown, path: string): Protocol {
  const text = reader.string(value, path);
  if (text === undefined || text === '') return 'TCP';
  if (PROTOCOLS.includes(text)) return text as Protocol;
  reader.report(
    'PROTOCOL_INVALID',
    'error',
    `${path.replace(/\.(\d+)/g, '[$1]')}: Unsupported value: "${text}": supported values: "SCTP", "TCP", "UDP".`,
    path,
    'Use TCP, UDP or SCTP (upper case).',
  );
  return 'TCP';
}

function readContainerPort(reader: FieldReader, value: unknown, path: string): ContainerPort | undefined {
  const record = reader.record(value, path);
  if (!record) return undefined;
  const containerPort = reader.int(record['containerPort'], `${path}.containerPort`);
  if (containerPort === undefined) return undefined;
  const name = reader.string(record['name'], `${path}.name`);
  const hostPort = reader.int(record['hostPort'], `${path}.hostPort`);
  return {
    containerPort,
    protocol: readProtocol(reader, record['protocol'], `${path}.protocol`),
    ...(name ? { name } : {}),
    ...(hostPort ? { hostPort } : {}),
  };
}

function readContainer(reader: FieldReader, value: unknown, path: string): Container | undefined {
  const record = reader.record(value, path);
  if (!record) return undefined;
  const ports = reader
    .list(record['ports'], `${path}.ports`)
    .map((p, i) => readContainerPort(reader, p, `${path}.ports.${i}`))
    .filter((p): p is ContainerPort => p !== undefined);
  return {
    name: reader.string(record['name'], `${path}.name`) ?? '',
    image: reader.string(record['image'], `${path}.image`) ?? '',
    ports,
  };
}

export function readPodSpec(reader: FieldReader, value: unknown, path: string): PodSpecSummary {
  const spec = reader.record(value, path) ?? {};
  const containers = reader
    .list(spec['containers'], `${path}.containers`)
    .map((c, i) => readContainer(reader, c, `${path}.containers.${i}`))
    .filter((c): c is Container => c !== undefined);
  const nodeName = reader.string(spec['nodeName'], `${path}.nodeName`);
  const hostname = reader.string(spec['hostname'], `${path}.hostname`);
  const subdomain = reader.string(spec['subdomain'], `${path}.subdomain`);
  const dnsPolicyText = reader.string(spec['dnsPolicy'], `${path}.dnsPolicy`);
  const dnsPolicy = DNS_POLICIES.find((p) => p === dnsPolicyText) ?? 'ClusterFirst';
  return {
    containers,
    nodeSelector: reader.stringMap(spec['nodeSelector'], `${path}.nodeSelector`),
    hostNetwork: reader.bool(spec['hostNetwork'], `${path}.hostNetwork`) ?? false,
    enableServiceLinks: reader.bool(spec['enableServiceLinks'], `${path}.enableServiceLinks`) ?? true,
    dnsPolicy,
    ...(nodeName ? { nodeName } : {}),
    ...(hostname ? { hostname } : {}),
    ...(subdomain ? { subdomain } : {}),
  };
}

export function readPodTemplate(reader: FieldReader, value: unknown, path: string): PodTemplate {
  const template = reader.record(value, path) ?? {};
  const metadata = reader.record(template['metadata'], `${path}.metadata`) ?? {};
  return {
    labels: reader.stringMap(metadata['labels'], `${path}.metadata.labels`),
    annotations: reader.stringMap(metadata['annotations'], `${path}.metadata.annotations`),
    spec: readPodSpec(reader, template['spec'], `${path}.spec`),
  };
}

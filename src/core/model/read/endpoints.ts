import type { FieldReader } from '../../manifest/fields';
import type { EndpointAddress, EndpointPort, Endpoints, EndpointSlice, SliceEndpoint } from '../types';
import { readMeta } from './meta';
import { readProtocol } from './pod-spec';

/** User-written Endpoints (for a selector-less Service, e.g. pointing at a database outside the cluster). */
export function readEndpoints(reader: FieldReader): Endpoints {
  const meta = readMeta(reader, true);
  const subsets = reader.list(reader.object.raw['subsets'], 'subsets').map((value, i) => {
    const at = `subsets.${i}`;
    const subset = reader.record(value, at) ?? {};
    const addresses = (key: string): EndpointAddress[] =>
      reader
        .list(subset[key], `${at}.${key}`)
        .map((a, j) => {
          const rec = reader.record(a, `${at}.${key}.${j}`) ?? {};
          const ip = reader.string(rec['ip'], `${at}.${key}.${j}.ip`) ?? '';
          const nodeName = reader.string(rec['nodeName'], `${at}.${key}.${j}.nodeName`);
          const hostname = reader.string(rec['hostname'], `${at}.${key}.${j}.hostname`);
          const ref = reader.record(rec['targetRef'], `${at}.${key}.${j}.targetRef`);
          return {
            ip,
            ...(nodeName ? { nodeName } : {}),
            ...(hostname ? { hostname } : {}),
            ...(ref && typeof ref['name'] === 'string'
              ? { targetRef: { kind: textOr(ref['kind'], 'Pod'), namespace: textOr(ref['namespace'], meta.namespace), name: ref['name'] } }
              : {}),
          };
        })
        .filter((a) => a.ip !== '');
    return {
      addresses: addresses('addresses'),
      notReadyAddresses: addresses('notReadyAddresses'),
      ports: readPorts(reader, subset['ports'], `${at}.ports`),
    };
  });
  return { meta, subsets, managed: false };
}

function readPorts(reader: FieldReader, value: unknown, path: string): EndpointPort[] {
  return reader.list(value, path).map((p, i) => {
    const rec = reader.record(p, `${path}.${i}`) ?? {};
    const appProtocol = reader.string(rec['appProtocol'], `${path}.${i}.appProtocol`);
    return {
      name: reader.string(rec['name'], `${path}.${i}.name`) ?? '',
      port: reader.int(rec['port'], `${path}.${i}.port`) ?? 0,
      protocol: readProtocol(reader, rec['protocol'], `${path}.${i}.protocol`),
      ...(appProtocol ? { appProtocol } : {}),
    };
  });
}

/** A user-written (or dumped) EndpointSlice. Conditions default as the API documents: nil ready means ready. */
export function readEndpointSlice(reader: FieldReader): EndpointSlice {
  const meta = readMeta(reader, true);
  const raw = reader.object.raw;
  const addressTypeText = reader.string(raw['addressType'], 'addressType');
  const addressType = addressTypeText === 'IPv6' || addressTypeText === 'FQDN' ? addressTypeText : 'IPv4';
  const endpoints: SliceEndpoint[] = reader.list(raw['endpoints'], 'endpoints').map((value, i) => {
    const at = `endpoints.${i}`;
    const rec = reader.record(value, at) ?? {};
    const cond = reader.record(rec['conditions'], `${at}.conditions`) ?? {};
    const ready = reader.bool(cond['ready'], `${at}.conditions.ready`) ?? true;
    const nodeName = reader.string(rec['nodeName'], `${at}.nodeName`);
    const zone = reader.string(rec['zone'], `${at}.zone`);
    const hostname = reader.string(rec['hostname'], `${at}.hostname`);
    const ref = reader.record(rec['targetRef'], `${at}.targetRef`);
    const hints = reader.record(rec['hints'], `${at}.hints`);
    const names = (key: string): string[] =>
      hints ? reader.list(hints[key], `${at}.hints.${key}`).map((h) => (h && typeof h === 'object' ? textOr((h as Record<string, unknown>)['name'], '') : '')) : [];
    return {
      addresses: reader.strings(rec['addresses'], `${at}.addresses`),
      conditions: {
        ready,
        serving: reader.bool(cond['serving'], `${at}.conditions.serving`) ?? ready,
        terminating: reader.bool(cond['terminating'], `${at}.conditions.terminating`) ?? false,
      },
      ...(nodeName ? { nodeName } : {}),
      ...(zone ? { zone } : {}),
      ...(hostname ? { hostname } : {}),
      ...(ref && typeof ref['name'] === 'string'
        ? { targetRef: { kind: textOr(ref['kind'], 'Pod'), namespace: textOr(ref['namespace'], meta.namespace), name: ref['name'] } }
        : {}),
      ...(hints ? { hints: { forZones: names('forZones'), forNodes: names('forNodes') } } : {}),
    };
  });
  const managedBy = meta.labels['endpointslice.kubernetes.io/managed-by'];
  return {
    meta,
    serviceName: meta.labels['kubernetes.io/service-name'] ?? '',
    addressType,
    ports: readPorts(reader, raw['ports'], 'ports'),
    endpoints,
    managed: managedBy === 'endpointslice-controller.k8s.io',
  };
}

/** A string field of a free-form reference, or the fallback (never String() of user data, which can throw). */
function textOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

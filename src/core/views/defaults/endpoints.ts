import type { Cluster, EndpointAddress, EndpointSlice, Endpoints } from '../../model/types';
import { creationTimestamp } from '../age';
import { controllerRef, objectMetadata } from './meta';

type Json = Record<string, unknown>;

function podUid(cluster: Cluster, ref: { readonly namespace: string; readonly name: string } | undefined): string | undefined {
  return ref ? cluster.pods.find((p) => p.meta.namespace === ref.namespace && p.meta.name === ref.name)?.meta.uid : undefined;
}

function targetRef(cluster: Cluster, ref: EndpointAddress['targetRef']): Json | undefined {
  if (!ref) return undefined;
  const uid = podUid(cluster, ref);
  return { kind: ref.kind, name: ref.name, namespace: ref.namespace, ...(uid ? { uid } : {}) };
}

function address(cluster: Cluster, a: EndpointAddress): Json {
  const ref = targetRef(cluster, a.targetRef);
  return { ...(a.hostname ? { hostname: a.hostname } : {}), ip: a.ip, ...(a.nodeName ? { nodeName: a.nodeName } : {}), ...(ref ? { targetRef: ref } : {}) };
}

/** `kubectl get endpoints -o yaml`: the Endpoints controller's object (or the user's, as the API stored it). */
export function defaultedEndpoints(cluster: Cluster, e: Endpoints, last: number): Json {
  const changed = e.managed ? { annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': creationTimestamp(e.meta, last), ...e.meta.annotations } } : {};
  return {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: objectMetadata({ ...e.meta, ...changed }, last),
    ...(e.subsets.length > 0
      ? {
          subsets: e.subsets.map((s) => ({
            ...(s.addresses.length > 0 ? { addresses: s.addresses.map((a) => address(cluster, a)) } : {}),
            ...(s.notReadyAddresses.length > 0 ? { notReadyAddresses: s.notReadyAddresses.map((a) => address(cluster, a)) } : {}),
            ...(s.ports.length > 0 ? { ports: s.ports.map((p) => ({ ...(p.appProtocol ? { appProtocol: p.appProtocol } : {}), ...(p.name ? { name: p.name } : {}), port: p.port, protocol: p.protocol })) } : {}),
          })),
        }
      : {}),
  };
}

/** `kubectl get endpointslice -o yaml`: owned by its Service, `ports: null` when no port resolved. */
export function defaultedEndpointSlice(cluster: Cluster, s: EndpointSlice, last: number): Json {
  const svc = cluster.services.find((x) => x.meta.namespace === s.meta.namespace && x.meta.name === s.serviceName);
  const owned = s.managed && svc ? { generateName: `${s.serviceName}-`, ownerReferences: [controllerRef('v1', 'Service', svc.meta.name, svc.meta.uid)] } : {};
  return {
    addressType: s.addressType,
    apiVersion: 'discovery.k8s.io/v1',
    endpoints: s.endpoints.length > 0
      ? s.endpoints.map((e) => {
          const ref = targetRef(cluster, e.targetRef);
          return {
            addresses: [...e.addresses],
            conditions: { ...e.conditions },
            ...(e.hints ? { hints: { ...(e.hints.forNodes.length > 0 ? { forNodes: e.hints.forNodes.map((name) => ({ name })) } : {}), forZones: e.hints.forZones.map((name) => ({ name })) } } : {}),
            ...(e.hostname ? { hostname: e.hostname } : {}),
            ...(e.nodeName ? { nodeName: e.nodeName } : {}),
            ...(ref ? { targetRef: ref } : {}),
            ...(e.zone ? { zone: e.zone } : {}),
          };
        })
      : null,
    kind: 'EndpointSlice',
    metadata: objectMetadata(s.meta, last, { generation: 1, ...owned }),
    ports: s.ports.length > 0 ? s.ports.map((p) => ({ ...(p.appProtocol ? { appProtocol: p.appProtocol } : {}), name: p.name, port: p.port, protocol: p.protocol })) : null,
  };
}

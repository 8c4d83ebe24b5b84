import type { Service } from '../../model/types';
import { isIP } from './names';
import type { DnsZoneIndex } from './zone-index';

/** Why CoreDNS answers NXDOMAIN for a name inside the cluster zone, in the words of the objects involved. */
export function explainMissing(index: DnsZoneIndex, key: string): string {
  const labels = key.slice(0, -(index.zone.length + 1)).split('.');
  const kind = labels[labels.length - 1];
  const ns = labels[labels.length - 2];
  if (kind === 'pod' && labels.length === 3 && ns !== undefined) {
    if (!index.namespaces.has(ns)) return `namespace "${ns}" does not exist`;
    return `"${labels[0] ?? ''}" is not an IP address written with dashes (like 10-244-1-5)`;
  }
  if (kind === 'svc' && labels.length === 2 && ns !== undefined) return `namespace "${ns}" does not exist`;
  const srvForm = labels.length === 5 && labels[0]?.startsWith('_') === true && labels[1]?.startsWith('_') === true;
  if (kind !== 'svc' || ns === undefined || labels.length < 3 || (labels.length === 5 && !srvForm) || labels.length > 5)
    return `no such name in ${index.zone}: Service names are <service>.<namespace>.svc.${index.zone}`;
  if (!index.namespaces.has(ns)) return `namespace "${ns}" does not exist`;
  const svcName = labels[labels.length - 3] ?? '';
  const service = index.cluster.services.find(
    (s) => s.meta.namespace.toLowerCase() === ns && s.meta.name.toLowerCase() === svcName,
  );
  if (!service) return `no Service "${svcName}" in namespace "${ns}"`;
  const ref = `Service ${service.meta.namespace}/${service.meta.name}`;
  const problem = serviceProblem(service, ref, index.byName.has(`${svcName}.${ns}.svc.${index.zone}`));
  if (problem) return problem;
  if (labels.length === 4) return `${ref} has no ready endpoint named "${labels[0] ?? ''}" (endpoint names are hostnames or dashed IPs)`;
  if (labels.length === 5) {
    const [port, proto] = [labels[0] ?? '', labels[1] ?? ''];
    return `${ref} has no port named "${port.replace(/^_/, '')}" with protocol ${proto.replace(/^_/, '').toUpperCase()}: only named ports get SRV records`;
  }
  return `${ref} has no record of this name`;
}

function serviceProblem(service: Service, ref: string, hasRecords: boolean): string | undefined {
  if (service.type === 'ExternalName') {
    const target = service.externalName ?? '';
    if (isIP(target.replace(/\.$/, ''))) return `${ref} has an IP address as externalName; CoreDNS serves no record for it`;
    return `${ref} is an ExternalName Service: it has only a CNAME, no endpoint or SRV names`;
  }
  if (service.clusterIP === 'None' && !hasRecords) return `headless ${ref} has no ready endpoints, so CoreDNS answers NXDOMAIN`;
  if (!isIP(service.clusterIP)) return `${ref} has no cluster IP`;
  return undefined;
}

import type { Diagnostic } from '../diagnostics';
import type { Service } from '../model/types';
import { isIPv4, isIPv6 } from '../util/ipv4';
import type { DiagnoseContext } from './context';
import { joinList } from './words';

/**
 * ExternalName and headless Services are not proxied: kube-proxy writes no rule for them, so the
 * fields that only kube-proxy reads (ports' targetPort, sessionAffinity) do nothing there.
 */
export function checkExternalName(ctx: DiagnoseContext, service: Service): Diagnostic[] {
  if (service.type !== 'ExternalName') return [];
  const name = (service.externalName ?? '').replace(/\.$/, '');
  const out: Diagnostic[] = [];
  const base = { kind: 'Service', meta: service.meta } as const;
  if (isIPv4(name) || isIPv6(name))
    out.push(
      ctx.finding({
        ...base,
        code: 'SVC_EXTERNALNAME_IS_IP',
        severity: 'warning',
        fields: ['spec.externalName'],
        message: `externalName ${name} is an IP address. The Service's DNS name becomes a CNAME to "${name}", which is not a host name, so lookups fail.`,
        hint: `For a fixed IP, use a Service without selector (type ClusterIP) and Endpoints (or an EndpointSlice) with the address ${name}.`,
      }),
    );
  if (service.ports.length > 0) {
    const remapped = service.ports.filter((p) => p.targetPort !== p.port).map((p) => `${p.port} → ${p.targetPort}`);
    out.push(
      ctx.finding({
        ...base,
        code: 'SVC_EXTERNALNAME_WITH_PORTS',
        severity: 'info',
        fields: ['spec.ports'],
        message:
          `type ExternalName is only a DNS CNAME to ${name || 'externalName'}: nothing proxies, so spec.ports are ignored` +
          (remapped.length > 0 ? ` (${joinList(remapped)} is never applied)` : '') +
          '. Clients connect to the external host on the port they choose.',
        hint: 'Drop spec.ports, and have clients use the external service’s real port.',
      }),
    );
  }
  return out;
}

export function checkHeadless(ctx: DiagnoseContext, service: Service): Diagnostic[] {
  if (service.clusterIP !== 'None' || service.type === 'ExternalName') return [];
  const out: Diagnostic[] = [];
  const base = { kind: 'Service', meta: service.meta } as const;
  if (service.sessionAffinity === 'ClientIP')
    out.push(
      ctx.finding({
        ...base,
        code: 'SVC_HEADLESS_WITH_AFFINITY',
        severity: 'info',
        fields: ['spec.sessionAffinity'],
        message: 'sessionAffinity: ClientIP has no effect on a headless Service: there is no clusterIP and no kube-proxy rule; clients get pod IPs from DNS and pick one themselves.',
        hint: 'Remove clusterIP: None to get kube-proxy’s affinity, or make the client stick to one resolved address.',
      }),
    );
  if (service.selector !== undefined)
    service.ports.forEach((p, i) => {
      if (typeof p.targetPort !== 'number' || p.targetPort === p.port) return;
      out.push(
        ctx.finding({
          ...base,
          code: 'SVC_HEADLESS_PORT_REMAP',
          severity: 'info',
          fields: [`spec.ports.${i}`, `spec.ports.${i}.targetPort`],
          message: `port ${p.port} → targetPort ${p.targetPort} is not applied on a headless Service: its name resolves to pod IPs and clients connect straight to the port they ask for, so a client calling ${service.meta.name}:${p.port} reaches podIP:${p.port}, not ${p.targetPort}${p.name ? ` (SRV records for "${p.name}" do carry ${p.targetPort})` : ''}.`,
          hint: `Make port equal to targetPort (${p.targetPort}), or give the Service a clusterIP if it should remap ports.`,
        }),
      );
    });
  return out;
}

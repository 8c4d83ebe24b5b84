import type { Diagnostic } from '../diagnostics';
import { labelsMatch } from '../model/read/selector';
import type { Workload } from '../model/types';
import type { DiagnoseContext } from './context';
import { isNearMiss } from './similarity';
import { formatLabels, joinList } from './words';

/**
 * A StatefulSet's pods get stable DNS names (web-0.<serviceName>.<ns>.svc) only through a headless
 * Service named spec.serviceName that selects them: the records come from that Service's endpoints.
 */
export function checkStatefulSet(ctx: DiagnoseContext, workload: Workload): Diagnostic[] {
  if (workload.kind !== 'StatefulSet' || workload.serviceName === undefined) return [];
  const ns = workload.meta.namespace;
  const name = workload.serviceName;
  const first = `${workload.meta.name}-0.${name}.${ns}.svc.${ctx.cluster.settings.clusterDomain}`;
  const base = { kind: 'StatefulSet', meta: workload.meta, fields: ['spec.serviceName'] } as const;
  const service = ctx.service(ns, name);
  if (!service) {
    const similar = ctx.cluster.services.filter((s) => s.meta.namespace === ns && isNearMiss(s.meta.name, name)).map((s) => s.meta.name);
    return [
      ctx.finding({
        ...base,
        code: 'STATEFULSET_SERVICE_MISSING',
        severity: 'warning',
        message: `spec.serviceName "${name}" names no Service in namespace ${ns}, so per-pod names like ${first} do not resolve.${similar.length > 0 ? ` Did you mean ${joinList(similar, 2, 'or')}?` : ''}`,
        hint: `Create a headless Service (clusterIP: None) named ${name} whose selector matches the pod template labels (${formatLabels(workload.template.labels)}).`,
      }),
    ];
  }
  if (service.clusterIP !== 'None')
    return [
      ctx.finding({
        ...base,
        code: 'STATEFULSET_SERVICE_NOT_HEADLESS',
        severity: 'warning',
        message: `spec.serviceName "${name}" is a ${service.type === 'ExternalName' ? 'ExternalName' : 'ClusterIP'} Service, not headless, so ${name} resolves to ${service.type === 'ExternalName' ? 'a CNAME' : 'one clusterIP'} and per-pod names like ${first} do not resolve.`,
        hint: `Make Service ${name} headless (clusterIP: None; the field cannot be changed in place, so recreate it), and keep a separate ClusterIP Service for load-balanced access.`,
      }),
    ];
  const selector = service.selector;
  if (selector !== undefined && labelsMatch(selector, workload.template.labels)) return [];
  return [
    ctx.finding({
      ...base,
      code: 'STATEFULSET_SERVICE_DOES_NOT_SELECT_PODS',
      severity: 'warning',
      message:
        selector === undefined
          ? `Service ${name} has no selector, so the StatefulSet's pods are not its endpoints and per-pod names like ${first} do not resolve.`
          : `Service ${name} selects ${formatLabels(selector)} but the pod template has ${formatLabels(workload.template.labels)}, so per-pod names like ${first} do not resolve.`,
      hint: `Give Service ${name} a selector that matches the StatefulSet's pod template labels.`,
    }),
  ];
}

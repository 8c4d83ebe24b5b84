import type { Diagnostic } from '../diagnostics';
import type { Cluster, ObjectMeta } from '../model/types';
import { createContext, isUserWritten, type DiagnoseContext, type DiagnoseOptions } from './context';
import { checkIngressBackends, checkIngressClass, checkIngressTls } from './ingress';
import { checkOrphanEndpoints } from './orphans';
import { checkEndpointReadiness, checkManualEndpoints } from './service-endpoints';
import { checkExternalName, checkHeadless } from './service-kinds';
import { checkServiceSelector } from './service-selector';
import { checkStatefulSet } from './statefulset';
import { checkTargetPorts } from './target-ports';
import { checkLocalPolicies } from './traffic-policy';

type Check<T> = (ctx: DiagnoseContext, object: T) => Diagnostic[];

const SERVICE_CHECKS = [
  checkServiceSelector,
  checkTargetPorts,
  checkEndpointReadiness,
  checkManualEndpoints,
  checkLocalPolicies,
  checkExternalName,
  checkHeadless,
] as const;
const INGRESS_CHECKS = [checkIngressClass, checkIngressBackends, checkIngressTls] as const;

/**
 * Findings that explain why a Service does not answer the way its author expects. Pure: the same
 * cluster gives the same findings in the same order. Only objects the user wrote are judged (isUserWritten).
 */
export function diagnoseCluster(cluster: Cluster, options: DiagnoseOptions = {}): Diagnostic[] {
  const ctx = createContext(cluster, options);
  const out: Diagnostic[] = [];
  const run = <T extends { readonly meta: ObjectMeta }>(kind: string, objects: readonly T[], checks: readonly Check<T>[]): void => {
    for (const object of objects) {
      if (!isUserWritten(object.meta)) continue;
      for (const check of checks) out.push(...guarded(ctx, kind, object, check));
    }
  };
  run('Service', cluster.services, SERVICE_CHECKS);
  run('Ingress', cluster.ingresses, INGRESS_CHECKS);
  run('StatefulSet', cluster.workloads, [checkStatefulSet]);
  run('Endpoints', cluster.endpoints, [checkOrphanEndpoints]);
  return sortByLine(out);
}

/** One check tripping over odd input must not hide what the others found; it becomes a finding itself. */
function guarded<T extends { readonly meta: ObjectMeta }>(ctx: DiagnoseContext, kind: string, object: T, check: Check<T>): Diagnostic[] {
  try {
    return check(ctx, object);
  } catch (error) {
    return [
      ctx.finding({
        code: 'DIAGNOSE_CHECK_FAILED',
        severity: 'error',
        kind,
        meta: object.meta,
        message: `svcscope's ${check.name || 'check'} failed on this object (${error instanceof Error ? error.message : String(error)}); other findings are still listed.`,
        hint: 'Please report this with the manifests that caused it.',
      }),
    ];
  }
}

/** By line then column; findings without a place keep their order and come last. Stable. */
export function sortByLine(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const la = a.d.line ?? Number.POSITIVE_INFINITY;
      const lb = b.d.line ?? Number.POSITIVE_INFINITY;
      if (la !== lb) return la < lb ? -1 : 1;
      const ca = a.d.column ?? 0;
      const cb = b.d.column ?? 0;
      return ca !== cb ? ca - cb : a.i - b.i;
    })
    .map((x) => x.d);
}

import type { Diagnostic } from '../diagnostics';
import type { Endpoints } from '../model/types';
import type { DiagnoseContext } from './context';
import { isNearMiss } from './similarity';
import { joinList } from './words';

/**
 * Hand-written Endpoints belong to the Service of exactly the same name and namespace; under any other
 * name nothing reads them. The usual cause is a typo or a namespace left out of one of the two.
 */
export function checkOrphanEndpoints(ctx: DiagnoseContext, endpoints: Endpoints): Diagnostic[] {
  if (endpoints.managed || endpoints.meta.system || ctx.service(endpoints.meta.namespace, endpoints.meta.name)) return [];
  const ns = endpoints.meta.namespace;
  const name = endpoints.meta.name;
  const services = ctx.cluster.services.filter((s) => !s.meta.system);
  const similar = services.filter((s) => s.meta.namespace === ns && isNearMiss(s.meta.name, name)).map((s) => s.meta.name);
  const elsewhere = services.filter((s) => s.meta.namespace !== ns && s.meta.name === name).map((s) => s.meta.namespace);
  const notes = [
    similar.length > 0 ? ` Did you mean Service ${joinList(similar, 2, 'or')}?` : '',
    elsewhere.length > 0 ? ` A Service ${name} exists in namespace ${joinList(elsewhere, 2)}; Endpoints must be in the Service's namespace.` : '',
  ].join('');
  return [
    ctx.finding({
      kind: 'Endpoints',
      meta: endpoints.meta,
      code: 'ENDPOINTS_WITHOUT_SERVICE',
      severity: 'warning',
      fields: ['metadata.name'],
      message: `no Service is named ${name} in namespace ${ns}, so nothing routes to these Endpoints.${notes}`,
      hint: 'Name the Endpoints exactly like the selector-less Service they serve, in the same namespace.',
    }),
  ];
}

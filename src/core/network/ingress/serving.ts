import { INGRESS_NGINX_CONTROLLER } from '../../model/ingress-controller';
import type { Cluster, Ingress } from '../../model/types';
import type { IngressServing } from './types';
import { validateIngress } from './validate';

/** The class name ingress-nginx installs with, and answers to in the legacy annotation. */
const INGRESS_NGINX_CLASS = 'nginx';

/**
 * Whether the simulated ingress-nginx serves an Ingress. It serves classes whose IngressClass names its
 * controller, and the cluster's default class whatever its controller (the simulation has one controller,
 * so the class the user made default is the one it plays). It ignores Ingresses of other or missing
 * classes, as the API asks. Leniency: when the text has no IngressClass at all (they usually come with the
 * controller's install, not with the app), Ingresses without a class or with class `nginx` are served.
 */
export function ingressServing(cluster: Cluster, ingress: Ingress): IngressServing {
  const ref = { kind: 'Ingress', namespace: ingress.meta.namespace, name: ingress.meta.name };
  const served = (reason: string): IngressServing => ({ ingress: ref, served: true, reason });
  const ignored = (reason: string): IngressServing => ({ ingress: ref, served: false, reason });

  const error = validateIngress(ingress).find((d) => d.severity === 'error');
  if (error) return ignored(`the API server rejects it: ${error.message}`);
  const classes = cluster.ingressClasses;
  const name = ingress.className;
  if (classes.length === 0) {
    if (name === undefined) return served('no IngressClass in the text: Ingresses without a class are taken to be ingress-nginx\'s');
    if (name === INGRESS_NGINX_CLASS) return served('class nginx, the class ingress-nginx installs (its IngressClass is not in the text)');
    return ignored(`IngressClass "${name}" does not exist`);
  }
  if (name === undefined) {
    const defaults = classes.filter((c) => c.isDefault).length;
    return ignored(
      defaults > 1
        ? 'it has no class, and with more than one default IngressClass the admission plugin assigns none'
        : 'it has no class and no IngressClass is the default: controllers ignore Ingresses without a class',
    );
  }
  const cls = classes.find((c) => c.meta.name === name);
  if (!cls) return ignored(`IngressClass "${name}" does not exist`);
  if (cls.controller === INGRESS_NGINX_CONTROLLER) return served(`IngressClass "${name}" belongs to ${INGRESS_NGINX_CONTROLLER}`);
  if (cls.isDefault) return served(`IngressClass "${name}" is the default class; svcscope plays its controller (${cls.controller || 'none'}) as ingress-nginx`);
  return ignored(`IngressClass "${name}" belongs to ${cls.controller || 'no controller'}, not to ${INGRESS_NGINX_CONTROLLER}`);
}

/** The Ingresses the controller serves, oldest first: ingress-nginx sorts by creation time, and the first wins a tie. */
export function servedIngresses(cluster: Cluster): { readonly serving: IngressServing[]; readonly served: Ingress[] } {
  const serving = cluster.ingresses.map((i) => ingressServing(cluster, i));
  const served = cluster.ingresses
    .filter((_, i) => serving[i]?.served === true)
    .sort((a, b) => a.meta.source.order - b.meta.source.order);
  return { serving, served };
}

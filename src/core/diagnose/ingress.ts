import type { Diagnostic } from '../diagnostics';
import type { Ingress, IngressBackend } from '../model/types';
import { isUserWritten, type DiagnoseContext } from './context';
import { isNearMiss } from './similarity';
import { joinList } from './words';

/**
 * An Ingress answers only if a controller claims it (its class) and its backends name a Service of its
 * own namespace by a port that Service has (the Service port, not the targetPort).
 */
interface PlacedBackend {
  readonly backend: Extract<IngressBackend, { type: 'service' }>;
  /** Dotted path of the backend in the manifest. */
  readonly path: string;
}

function serviceBackends(ingress: Ingress): PlacedBackend[] {
  const out: PlacedBackend[] = [];
  ingress.rules.forEach((rule, i) =>
    rule.paths.forEach((p, j) => {
      if (p.backend.type === 'service') out.push({ backend: p.backend, path: `spec.rules.${i}.http.paths.${j}.backend` });
    }),
  );
  // The legacy field was spec.backend; the locator picks whichever of the two was written.
  if (ingress.defaultBackend?.type === 'service') out.push({ backend: ingress.defaultBackend, path: 'spec.defaultBackend' });
  return out;
}

export function checkIngressBackends(ctx: DiagnoseContext, ingress: Ingress): Diagnostic[] {
  const ns = ingress.meta.namespace;
  const out: Diagnostic[] = [];
  const base = { kind: 'Ingress', meta: ingress.meta } as const;
  for (const { backend, path } of serviceBackends(ingress)) {
    const legacyPath = path === 'spec.defaultBackend' ? 'spec.backend' : path;
    const service = ctx.service(ns, backend.serviceName);
    if (!service) {
      const similar = ctx.cluster.services.filter((s) => s.meta.namespace === ns && !s.meta.system && isNearMiss(s.meta.name, backend.serviceName)).map((s) => s.meta.name);
      const elsewhere = ctx.cluster.services.filter((s) => s.meta.namespace !== ns && s.meta.name === backend.serviceName).map((s) => s.meta.namespace);
      const notes = [
        similar.length > 0 ? ` Did you mean ${joinList(similar, 2, 'or')}?` : '',
        elsewhere.length > 0 ? ` A Service ${backend.serviceName} exists in namespace ${joinList(elsewhere, 2)}, but an Ingress backend must be in the Ingress's namespace (${ns}).` : '',
      ].join('');
      out.push(
        ctx.finding({
          ...base,
          code: 'INGRESS_BACKEND_SERVICE_MISSING',
          severity: 'warning',
          fields: [path, `${path}.service.name`, `${legacyPath}.serviceName`],
          message: `backend Service "${backend.serviceName}" does not exist in namespace ${ns}; the controller answers 503 for requests routed there.${notes}`,
          hint: elsewhere.length > 0 ? `Create the Ingress in namespace ${elsewhere[0] ?? ns}, next to its Service.` : `Name an existing Service of namespace ${ns}, or create it.`,
        }),
      );
      continue;
    }
    if (service.type === 'ExternalName') continue;
    const wanted = backend.port;
    const found = 'number' in wanted ? service.ports.some((p) => p.port === wanted.number) : service.ports.some((p) => p.name === wanted.name);
    if (found) continue;
    const ports = service.ports.map((p) => (p.name ? `${p.name} (${p.port})` : String(p.port)));
    const asTarget = service.ports.find((p) => ('number' in wanted ? p.targetPort === wanted.number : p.targetPort === wanted.name));
    const shown = 'number' in wanted ? (wanted.number === 0 ? 'no port' : `port number ${wanted.number}`) : `port name "${wanted.name}"`;
    const only = service.ports.length === 1 ? service.ports[0] : undefined;
    out.push(
      ctx.finding({
        ...base,
        code: 'INGRESS_BACKEND_PORT_MISSING',
        severity: 'warning',
        fields: [path, `${path}.service.port`, `${path}.service.port.number`, `${path}.service.port.name`, `${legacyPath}.servicePort`],
        message:
          `backend Service ${backend.serviceName} has no ${shown} (its ports: ${ports.length > 0 ? joinList(ports, 4) : 'none'}).` +
          (asTarget ? ` ${'number' in wanted ? wanted.number : `"${wanted.name}"`} is the targetPort of Service port ${asTarget.port}: an Ingress backend names the Service port, not the pod's.` : ''),
        hint: asTarget
          ? `Use port ${asTarget.name ? `name: ${asTarget.name}` : `number: ${asTarget.port}`}.`
          : only
            ? `Use port ${only.name ? `name: ${only.name}` : `number: ${only.port}`}.`
            : 'Use one of the Service’s port numbers (port.number) or port names (port.name).',
      }),
    );
  }
  return out;
}

export function checkIngressClass(ctx: DiagnoseContext, ingress: Ingress): Diagnostic[] {
  const classes = ctx.cluster.ingressClasses;
  // Without IngressClasses in the text svcscope cannot know the cluster's: it only adds its own nginx.
  const known = classes.some((c) => isUserWritten(c.meta));
  const names = joinList(classes.map((c) => c.meta.name));
  const base = { kind: 'Ingress', meta: ingress.meta } as const;
  const className = ingress.className;
  if (className === undefined) {
    const defaults = classes.filter((c) => c.isDefault).map((c) => c.meta.name);
    const why =
      defaults.length > 1
        ? `${defaults.length} IngressClasses are marked default (${joinList(defaults)}), so none is assigned; the admission plugin even refuses to create new Ingresses without a class then.`
        : classes.length > 0
          ? `no IngressClass is marked default (${names} exist${classes.length === 1 ? 's' : ''}), so no controller claims it.`
          : 'the text has no IngressClass; controllers ignore an Ingress without a class unless the cluster has a default IngressClass.';
    return [
      ctx.finding({
        ...base,
        code: 'INGRESS_NO_CLASS',
        severity: known ? 'warning' : 'info',
        fields: ['spec'],
        message: `the Ingress has no ingressClassName and ${why}`,
        hint: 'Set spec.ingressClassName to the class of your controller (e.g. nginx), or mark exactly one IngressClass with ingressclass.kubernetes.io/is-default-class: "true".',
      }),
    ];
  }
  if (classes.some((c) => c.meta.name === className)) return [];
  const fromAnnotation = ingress.meta.annotations['kubernetes.io/ingress.class'] !== undefined;
  const similar = classes.filter((c) => isNearMiss(c.meta.name, className)).map((c) => c.meta.name);
  const guess = similar.length > 0 ? ` Did you mean ${joinList(similar, 2, 'or')}?` : '';
  return [
    ctx.finding({
      ...base,
      code: 'INGRESS_CLASS_MISSING',
      severity: known ? 'warning' : 'info',
      fields: [fromAnnotation ? 'metadata.annotations.kubernetes.io/ingress.class' : 'spec.ingressClassName'],
      message: known
        ? `class "${className}" names no IngressClass (there ${classes.length === 1 ? 'is' : 'are'} ${names}), so no controller claims the Ingress.${guess}`
        : `class "${className}" names no IngressClass in the text${classes.length > 0 ? ` (svcscope simulates ${names})` : ''}; the Ingress works only if the cluster has that class, installed with its controller.${guess}`,
      hint: known ? 'Use the name of an existing IngressClass.' : `Paste the IngressClass too (kubectl get ingressclass ${className} -o yaml) to check it.`,
    }),
  ];
}

function coveredBy(tlsHost: string, ruleHost: string): boolean {
  if (tlsHost === ruleHost) return true;
  // A wildcard certificate host covers rule hosts one label deeper.
  return tlsHost.startsWith('*.') && ruleHost.split('.').slice(1).join('.') === tlsHost.slice(2) && !ruleHost.startsWith('*.');
}

export function checkIngressTls(ctx: DiagnoseContext, ingress: Ingress): Diagnostic[] {
  const hosts = ingress.rules.map((r) => r.host).filter((h) => h !== '');
  const out: Diagnostic[] = [];
  ingress.tls.forEach((tls, i) =>
    tls.hosts.forEach((host, j) => {
      if (hosts.some((h) => coveredBy(host, h))) return;
      const similar = hosts.filter((h) => isNearMiss(h, host));
      out.push(
        ctx.finding({
          kind: 'Ingress',
          meta: ingress.meta,
          code: 'INGRESS_TLS_HOST_NOT_IN_RULES',
          severity: 'warning',
          fields: [`spec.tls.${i}`, `spec.tls.${i}.hosts.${j}`],
          message: `TLS host ${host} matches no rule host (${hosts.length > 0 ? joinList(hosts, 4) : 'the rules have no host'}); TLS hosts must match rule hosts explicitly, so HTTPS for ${host} is not served with ${tls.secretName ? `secret ${tls.secretName}` : 'this certificate'}.${similar.length > 0 ? ` Did you mean ${joinList(similar, 2, 'or')}?` : ''}`,
          hint: `Add a rule with host: ${host}, or correct the TLS host to a rule's host.`,
        }),
      );
    }),
  );
  return out;
}

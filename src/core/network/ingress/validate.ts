import type { Diagnostic, ObjectRef } from '../../diagnostics';
import type { Cluster, Ingress, IngressBackend, IngressPath } from '../../model/types';
import { dns1035Label, dns1123Subdomain, ianaServiceName } from '../../model/validate/names';
import { isIP } from '../dns/names';

export type IngressValidationCode =
  | 'INGRESS_NAME_INVALID'
  | 'INGRESS_CLASS_NAME_INVALID'
  | 'INGRESS_NO_RULES_OR_DEFAULT_BACKEND'
  | 'INGRESS_HOST_IS_IP'
  | 'INGRESS_HOST_INVALID'
  | 'INGRESS_WILDCARD_HOST_INVALID'
  | 'INGRESS_RULE_HAS_NO_PATHS'
  | 'INGRESS_PATH_TYPE_REQUIRED'
  | 'INGRESS_PATH_TYPE_UNSUPPORTED'
  | 'INGRESS_PATH_NOT_ABSOLUTE'
  | 'INGRESS_PATH_FORBIDDEN_SEQUENCE'
  | 'INGRESS_PATH_FORBIDDEN_SUFFIX'
  | 'INGRESS_BACKEND_SERVICE_NAME_INVALID'
  | 'INGRESS_BACKEND_PORT_INVALID'
  | 'INGRESS_TLS_HOST_INVALID';

const WILDCARD_SUBDOMAIN = /^\*\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const WILDCARD_MESSAGE =
  "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const INVALID_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_SUFFIXES = ['/..', '/.'];
const PATH_TYPES: readonly string[] = ['Exact', 'Prefix', 'ImplementationSpecific'];

/**
 * The API server's Ingress validation (pkg/apis/networking/validation, networking.k8s.io/v1), as coded
 * diagnostics with kubectl's wording. An Ingress with an error is never created, so the simulated
 * controller does not serve it. The reader already reports a missing pathType (and reads it as
 * ImplementationSpecific); the checks here catch it when a Cluster was built some other way.
 */
export function validateIngress(ingress: Ingress): Diagnostic[] {
  const out: Diagnostic[] = [];
  const object: ObjectRef = { kind: 'Ingress', namespace: ingress.meta.namespace, name: ingress.meta.name };
  const where = ingress.meta.source.location;
  const report = (code: IngressValidationCode, field: string, detail: string, hint: string, severity: Diagnostic['severity'] = 'error'): void =>
    void out.push({
      code,
      severity,
      message: severity === 'error' ? `The Ingress "${ingress.meta.name}" is invalid: ${field}: ${detail}` : detail,
      object,
      field,
      hint,
      ...(where ? { line: where.line, column: where.column } : {}),
    });
  const invalid = (value: unknown, msg: string): string => `Invalid value: ${JSON.stringify(value)}: ${msg}`;

  for (const msg of dns1123Subdomain(ingress.meta.name))
    report('INGRESS_NAME_INVALID', 'metadata.name', invalid(ingress.meta.name, msg), 'Use lower-case letters, digits, - and .');
  // A class from the legacy annotation is not validated; only spec.ingressClassName is.
  if (ingress.className !== undefined && ingress.meta.annotations['kubernetes.io/ingress.class'] === undefined)
    for (const msg of dns1123Subdomain(ingress.className))
      report('INGRESS_CLASS_NAME_INVALID', 'spec.ingressClassName', invalid(ingress.className, msg), 'Name an IngressClass.');
  if (ingress.rules.length === 0 && !ingress.defaultBackend)
    report('INGRESS_NO_RULES_OR_DEFAULT_BACKEND', 'spec', 'Invalid value: "": either `defaultBackend` or `rules` must be specified', 'Add rules, or a defaultBackend for all traffic.');
  if (ingress.defaultBackend) checkBackend(ingress.defaultBackend, 'spec.defaultBackend', report, invalid);

  ingress.rules.forEach((rule, i) => {
    const at = `spec.rules[${i}]`;
    if (rule.host !== '') {
      if (isIP(rule.host))
        report('INGRESS_HOST_IS_IP', `${at}.host`, invalid(rule.host, 'must be a DNS name, not an IP address'), 'Use a DNS name, or leave host empty to match every host.');
      if (rule.host.includes('*')) {
        if (!wildcardOk(rule.host))
          report('INGRESS_WILDCARD_HOST_INVALID', `${at}.host`, invalid(rule.host, WILDCARD_MESSAGE), 'A wildcard is `*.` and a domain, e.g. *.example.com.');
      } else
        for (const msg of dns1123Subdomain(rule.host))
          report('INGRESS_HOST_INVALID', `${at}.host`, invalid(rule.host, msg), 'Use a lower-case DNS name without a port.');
    }
    if (rule.paths.length === 0)
      report(
        'INGRESS_RULE_HAS_NO_PATHS',
        `${at}.http.paths`,
        `Ingress ${object.namespace ?? ''}/${object.name}: the rule for ${rule.host || 'every host'} has no paths, so its requests go to the default backend. With an \`http:\` key the API server rejects it: http.paths must not be empty.`,
        'Add a path, e.g. path: / with pathType: Prefix.',
        'warning',
      );
    rule.paths.forEach((path, j) => checkPath(path, `${at}.http.paths[${j}]`, report, invalid));
  });

  ingress.tls.forEach((tls, i) =>
    tls.hosts.forEach((host, j) => {
      const msgs = host.includes('*') ? (wildcardOk(host) ? [] : [WILDCARD_MESSAGE]) : dns1123Subdomain(host);
      for (const msg of msgs) report('INGRESS_TLS_HOST_INVALID', `spec.tls[${i}].hosts[${j}]`, invalid(host, msg), 'List the rule hosts the certificate covers.');
    }),
  );
  return out;
}

export function validateIngresses(cluster: Cluster): Diagnostic[] {
  return cluster.ingresses.flatMap(validateIngress);
}

type Report = (code: IngressValidationCode, field: string, detail: string, hint: string) => void;
type Invalid = (value: unknown, msg: string) => string;

function checkPath(path: IngressPath, at: string, report: Report, invalid: Invalid): void {
  const type: string | undefined = path.pathType;
  if (!type) report('INGRESS_PATH_TYPE_REQUIRED', `${at}.pathType`, 'Required value: pathType must be specified', 'Add pathType: Prefix (or Exact).');
  else if (!PATH_TYPES.includes(type))
    report('INGRESS_PATH_TYPE_UNSUPPORTED', `${at}.pathType`, `Unsupported value: ${JSON.stringify(type)}: supported values: "Exact", "ImplementationSpecific", "Prefix"`, 'Use Prefix or Exact.');
  else if (type === 'ImplementationSpecific') {
    if (path.path !== '' && !path.path.startsWith('/'))
      report('INGRESS_PATH_NOT_ABSOLUTE', `${at}.path`, invalid(path.path, 'must be an absolute path'), 'Start the path with /.');
  } else {
    if (!path.path.startsWith('/'))
      report('INGRESS_PATH_NOT_ABSOLUTE', `${at}.path`, invalid(path.path, 'must be an absolute path'), 'Start the path with /.');
    for (const seq of INVALID_SEQUENCES)
      if (path.path.includes(seq))
        report('INGRESS_PATH_FORBIDDEN_SEQUENCE', `${at}.path`, invalid(path.path, `must not contain '${seq}'`), 'Write the path in its plain, normalized form.');
    for (const suffix of INVALID_SUFFIXES)
      if (path.path.endsWith(suffix))
        report('INGRESS_PATH_FORBIDDEN_SUFFIX', `${at}.path`, invalid(path.path, `cannot end with '${suffix}'`), 'Write the path in its plain, normalized form.');
  }
  checkBackend(path.backend, `${at}.backend`, report, invalid);
}

function checkBackend(backend: IngressBackend, at: string, report: Report, invalid: Invalid): void {
  if (backend.type !== 'service') return;
  if (backend.serviceName === '')
    report('INGRESS_BACKEND_SERVICE_NAME_INVALID', `${at}.service.name`, 'Required value', 'Name the Service to send traffic to.');
  else
    for (const msg of dns1035Label(backend.serviceName))
      report('INGRESS_BACKEND_SERVICE_NAME_INVALID', `${at}.service.name`, invalid(backend.serviceName, msg), 'Service names are DNS-1035 labels.');
  const port = backend.port;
  if ('name' in port) {
    for (const msg of ianaServiceName(port.name))
      report('INGRESS_BACKEND_PORT_INVALID', `${at}.service.port.name`, invalid(port.name, msg), 'Use the name of a Service port.');
  } else if (port.number === 0)
    report('INGRESS_BACKEND_PORT_INVALID', at, 'Required value: port name or number is required', 'Add service.port.number or service.port.name.');
  else if (!Number.isInteger(port.number) || port.number < 1 || port.number > 65535)
    report('INGRESS_BACKEND_PORT_INVALID', `${at}.service.port.number`, invalid(port.number, 'must be between 1 and 65535, inclusive'), 'Use the Service port number.');
}

function wildcardOk(host: string): boolean {
  return host.length <= 253 && WILDCARD_SUBDOMAIN.test(host);
}

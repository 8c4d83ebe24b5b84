import type { FieldReader } from '../../manifest/fields';
import type { Ingress, IngressBackend, IngressClass, IngressPath, IngressRule, PathType } from '../types';
import { readMeta } from './meta';

const PATH_TYPES: readonly PathType[] = ['Exact', 'Prefix', 'ImplementationSpecific'];

/**
 * An Ingress, networking.k8s.io/v1 or the legacy extensions/v1beta1 and networking.k8s.io/v1beta1 shape
 * (backend.serviceName/servicePort, no pathType: read as ImplementationSpecific, as the API server converts it).
 */
export function readIngress(reader: FieldReader): Ingress {
  const meta = readMeta(reader, true);
  const legacy = reader.object.apiVersion !== 'networking.k8s.io/v1';
  const spec = reader.record(reader.object.raw['spec'], 'spec') ?? {};
  const rules: IngressRule[] = reader.list(spec['rules'], 'spec.rules').map((value, i) => {
    const at = `spec.rules.${i}`;
    const rule = reader.record(value, at) ?? {};
    const http = reader.record(rule['http'], `${at}.http`) ?? {};
    const paths: IngressPath[] = [];
    reader.list(http['paths'], `${at}.http.paths`).forEach((p, j) => {
      const pat = `${at}.http.paths.${j}`;
      const rec = reader.record(p, pat) ?? {};
      const backend = readBackend(reader, rec['backend'], `${pat}.backend`, legacy);
      const typeText = reader.string(rec['pathType'], `${pat}.pathType`);
      let pathType = PATH_TYPES.find((t) => t === typeText);
      if (!pathType) {
        if (!legacy)
          reader.report('INGRESS_INVALID', 'error', `The Ingress "${meta.name}" is invalid: ${pat.replace(/\.(\d+)/g, '[$1]')}.pathType: ${typeText ? `Unsupported value: "${typeText}": supported values: "Exact", "ImplementationSpecific", "Prefix"` : 'Required value: pathType must be specified'}`, `${pat}.pathType`, 'Add pathType: Prefix (or Exact).');
        pathType = 'ImplementationSpecific';
      }
      // No default: the API server rejects a Prefix or Exact path that is not absolute, and validation says so.
      if (backend) paths.push({ path: reader.string(rec['path'], `${pat}.path`) ?? '', pathType, backend });
    });
    return { host: reader.string(rule['host'], `${at}.host`) ?? '', paths };
  });
  const defaultKey = legacy ? 'backend' : 'defaultBackend';
  const defaultBackend = readBackend(reader, spec[defaultKey], `spec.${defaultKey}`, legacy);
  const tls = reader.list(spec['tls'], 'spec.tls').map((value, i) => {
    const rec = reader.record(value, `spec.tls.${i}`) ?? {};
    const secretName = reader.string(rec['secretName'], `spec.tls.${i}.secretName`);
    return { hosts: reader.strings(rec['hosts'], `spec.tls.${i}.hosts`), ...(secretName ? { secretName } : {}) };
  });
  // The legacy annotation wins over spec.ingressClassName, as the API documents.
  const className = meta.annotations['kubernetes.io/ingress.class'] ?? reader.string(spec['ingressClassName'], 'spec.ingressClassName');
  return { meta, rules, tls, ...(className ? { className } : {}), ...(defaultBackend ? { defaultBackend } : {}) };
}

function readBackend(reader: FieldReader, value: unknown, path: string, legacy: boolean): IngressBackend | undefined {
  const rec = reader.record(value, path);
  if (!rec) return undefined;
  if (legacy && rec['serviceName'] !== undefined) {
    const port = reader.intOrString(rec['servicePort'], `${path}.servicePort`);
    return { type: 'service', serviceName: reader.string(rec['serviceName'], `${path}.serviceName`) ?? '', port: typeof port === 'string' ? { name: port } : { number: port ?? 0 } };
  }
  const service = reader.record(rec['service'], `${path}.service`);
  if (service) {
    const port = reader.record(service['port'], `${path}.service.port`) ?? {};
    const name = reader.string(port['name'], `${path}.service.port.name`);
    const number = reader.int(port['number'], `${path}.service.port.number`);
    return { type: 'service', serviceName: reader.string(service['name'], `${path}.service.name`) ?? '', port: name ? { name } : { number: number ?? 0 } };
  }
  const resource = reader.record(rec['resource'], `${path}.resource`);
  if (resource)
    return { type: 'resource', kind: reader.string(resource['kind'], `${path}.resource.kind`) ?? '', name: reader.string(resource['name'], `${path}.resource.name`) ?? '' };
  return undefined;
}

export function readIngressClass(reader: FieldReader): IngressClass {
  const meta = readMeta(reader, false);
  const spec = reader.record(reader.object.raw['spec'], 'spec') ?? {};
  return {
    meta,
    controller: reader.string(spec['controller'], 'spec.controller') ?? '',
    isDefault: meta.annotations['ingressclass.kubernetes.io/is-default-class'] === 'true',
  };
}

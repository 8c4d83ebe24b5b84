import { isRecord } from '../../manifest/objects';
import type { Container, PodSpecSummary } from '../../model/types';
import { overlay } from './overlay';

type Json = Record<string, unknown>;

/** SetDefaults_Container: Always for `:latest` or no tag, IfNotPresent otherwise. */
export function imagePullPolicy(image: string): string {
  if (image.includes('@')) return 'IfNotPresent';
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  const tag = lastPart.includes(':') ? lastPart.slice(lastPart.indexOf(':') + 1) : '';
  return tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

/** What the container runtime reports as the image: `docker.io/library/nginx:latest` for `nginx`. */
export function normalizedImage(image: string): string {
  const first = image.split('/')[0] ?? '';
  const hasRegistry = image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  let ref = hasRegistry ? image : `docker.io/${image.includes('/') ? '' : 'library/'}${image}`;
  const lastPart = ref.slice(ref.lastIndexOf('/') + 1);
  if (!lastPart.includes(':') && !lastPart.includes('@')) ref += ':latest';
  return ref;
}

function defaultedContainer(container: Container): Json {
  return {
    image: container.image,
    imagePullPolicy: imagePullPolicy(container.image),
    name: container.name,
    ...(container.ports.length > 0
      ? {
          ports: container.ports.map((p) => ({
            containerPort: p.containerPort,
            ...(p.hostPort !== undefined ? { hostPort: p.hostPort } : {}),
            ...(p.name ? { name: p.name } : {}),
            protocol: p.protocol,
          })),
        }
      : {}),
    resources: {},
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
  };
}

/**
 * A pod template's spec after SetDefaults_PodSpec, over the raw spec the user wrote (which keeps env,
 * command, probes and the rest the model does not read). Pods add their own fields on top (see pod.ts).
 */
export function defaultedPodSpec(spec: PodSpecSummary, rawSpec: Readonly<Json> | undefined): Json {
  const rawContainers = Array.isArray(rawSpec?.['containers']) ? rawSpec['containers'] : [];
  const containers = spec.containers.map((c, i) => {
    const raw: unknown = rawContainers[i];
    return overlay(isRecord(raw) && raw['name'] === c.name ? raw : undefined, defaultedContainer(c));
  });
  const model: Json = {
    containers,
    dnsPolicy: spec.dnsPolicy,
    ...(spec.hostNetwork ? { hostNetwork: true } : {}),
    ...(spec.hostname ? { hostname: spec.hostname } : {}),
    ...(Object.keys(spec.nodeSelector).length > 0 ? { nodeSelector: { ...spec.nodeSelector } } : {}),
    restartPolicy: 'Always',
    schedulerName: 'default-scheduler',
    securityContext: {},
    ...(spec.subdomain ? { subdomain: spec.subdomain } : {}),
    terminationGracePeriodSeconds: 30,
  };
  return overlay(rawSpec, model) as Json;
}

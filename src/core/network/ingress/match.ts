import type { ObjectRef } from '../../diagnostics';
import type { Cluster, Ingress, IngressPath } from '../../model/types';
import { resolveIngressBackend } from './backend';
import { comparePathPriority, hostMatches, pathMatches } from './paths';
import { normalizeRequestHost, normalizeRequestPath } from './request';
import { servedIngresses } from './serving';
import type { IngressMatch, IngressPathCandidate, IngressRequest, IngressRoute, IngressServer, IngressTls } from './types';

/**
 * Where the simulated ingress-nginx sends a request. Like nginx, it first picks one server block by Host
 * (precise, else wildcard, else the catch-all of host-less rules), then the best path among the rules of
 * every served Ingress for that host (merged; the oldest Ingress wins an exact tie). With no path, the
 * server's root location answers: the defaultBackend of the first Ingress that made the server (for the
 * catch-all: of the first Ingress with a defaultBackend and no rules), else the controller's 404.
 */
export function matchIngress(cluster: Cluster, request: IngressRequest): IngressMatch {
  const scheme = request.scheme ?? 'http';
  const host = normalizeRequestHost(request.host);
  const path = normalizeRequestPath(request.path);
  const { serving, served } = servedIngresses(cluster);
  const server = selectServer(served, host);

  const entries: { readonly candidate: IngressPathCandidate; readonly rule: IngressPath; readonly owner: Ingress }[] = [];
  for (const owner of served)
    owner.rules.forEach((r, ruleIndex) => {
      if (r.host.toLowerCase() !== server.hostname) return;
      r.paths.forEach((rule, pathIndex) => {
        const matches = pathMatches(rule.pathType, rule.path, path);
        entries.push({ candidate: { ingress: ref(owner), ruleIndex, pathIndex, path: rule.path, pathType: rule.pathType, matches }, rule, owner });
      });
    });
  // Array.prototype.sort is stable: among equals, the oldest Ingress and the first rule stay first.
  const best = entries.filter((e) => e.candidate.matches).sort((a, b) => comparePathPriority(a.rule, b.rule))[0];
  const where = server.kind === 'catch-all' ? 'the host-less rules' : `host ${server.hostname}`;
  const route: IngressRoute = best
    ? {
        type: 'path',
        ingress: best.candidate.ingress,
        ruleIndex: best.candidate.ruleIndex,
        pathIndex: best.candidate.pathIndex,
        host: server.hostname,
        path: best.rule.path,
        pathType: best.rule.pathType,
        backend: resolveIngressBackend(cluster, best.owner.meta.namespace, best.rule.backend),
        reason: `${best.rule.pathType} path ${best.rule.path || '/'} of ${where} is the best match for ${path}`,
      }
    : rootLocation(cluster, served, server, path, where);
  return {
    host,
    path,
    scheme,
    server,
    route,
    tls: tlsFor(served, server, host, scheme),
    candidates: entries.map((e) => e.candidate),
    ingresses: serving,
  };
}

function selectServer(served: readonly Ingress[], host: string): IngressServer {
  const hosts = new Set(served.flatMap((i) => i.rules.map((r) => r.host.toLowerCase())).filter((h) => h !== ''));
  if (host !== '' && hosts.has(host)) return { kind: 'precise', hostname: host };
  // A wildcard covers exactly one label, so at most one wildcard can cover a host.
  const wildcard = [...hosts].find((h) => h.startsWith('*.') && hostMatches(h, host));
  if (wildcard) return { kind: 'wildcard', hostname: wildcard };
  return { kind: 'catch-all', hostname: '' };
}

function rootLocation(cluster: Cluster, served: readonly Ingress[], server: IngressServer, path: string, where: string): IngressRoute {
  const owner =
    server.kind === 'catch-all'
      ? served.find((i) => i.rules.length === 0 && i.defaultBackend?.type === 'service')
      : served.find((i) => i.rules.some((r) => r.host.toLowerCase() === server.hostname));
  const noPath = `no path of ${where} matches ${path}`;
  if (owner?.defaultBackend?.type === 'service')
    return {
      type: 'ingress-default-backend',
      ingress: ref(owner),
      backend: resolveIngressBackend(cluster, owner.meta.namespace, owner.defaultBackend),
      reason: `${noPath}; the defaultBackend of Ingress ${owner.meta.namespace}/${owner.meta.name} answers`,
    };
  const why =
    server.kind === 'catch-all'
      ? 'no Ingress with only a defaultBackend configures the catch-all server'
      : `Ingress ${owner?.meta.namespace ?? ''}/${owner?.meta.name ?? ''}, the first with a rule for ${server.hostname}, has no Service defaultBackend`;
  return { type: 'controller-default-backend', statusCode: 404, reason: `${noPath}, and ${why}: the controller's default backend answers 404` };
}

function tlsFor(served: readonly Ingress[], server: IngressServer, host: string, scheme: 'http' | 'https'): IngressTls {
  const fake = 'ingress-nginx presents its self-signed default certificate ("Kubernetes Ingress Controller Fake Certificate")';
  if (server.kind !== 'catch-all')
    for (const ing of served) {
      if (!ing.rules.some((r) => r.host.toLowerCase() === server.hostname)) continue;
      const tls = ing.tls.find((t) => t.hosts.some((h) => h.toLowerCase() === server.hostname || hostMatches(h, host)));
      if (!tls) continue;
      const secret = tls.secretName ?? '';
      return {
        configured: true,
        ...(secret ? { secretName: secret } : {}),
        ingress: ref(ing),
        redirectToHttps: scheme === 'http',
        note:
          scheme === 'http'
            ? `TLS is set for ${server.hostname}, so ingress-nginx redirects plain HTTP to https with 308 (ssl-redirect)`
            : `TLS ends at the ingress with the certificate of Secret ${ing.meta.namespace}/${secret}; traffic to the Service is plain HTTP`,
      };
    }
  const where = server.kind === 'catch-all' ? 'the default rule (TLS does not work on it)' : `${server.hostname}: no tls section lists it`;
  return { configured: false, redirectToHttps: false, note: scheme === 'https' ? `No TLS for ${where}; ${fake}` : `Plain HTTP on ${where}` };
}

function ref(ing: Ingress): ObjectRef {
  return { kind: 'Ingress', namespace: ing.meta.namespace, name: ing.meta.name };
}

import type { PathType } from '../../model/types';

/**
 * Whether an Ingress path matches a (normalized) request path.
 * - Exact: string equality, case-sensitive.
 * - Prefix: element-wise on `/`-split paths, trailing slash ignored: `/foo/bar` matches `/foo/bar/baz` but
 *   not `/foo/barbaz`.
 * - ImplementationSpecific: what ingress-nginx does with it. Only Prefix paths get its element-wise
 *   rewrite (updateServerLocations); an ImplementationSpecific path becomes a plain nginx prefix location,
 *   a character prefix, so `/foo` also matches `/foobar`. An empty path means `/`.
 */
export function pathMatches(pathType: PathType, rulePath: string, requestPath: string): boolean {
  switch (pathType) {
    case 'Exact':
      return requestPath === rulePath;
    case 'Prefix': {
      const rule = elements(rulePath);
      const request = elements(requestPath);
      return rule.length <= request.length && rule.every((e, i) => e === request[i]);
    }
    case 'ImplementationSpecific':
      return requestPath.startsWith(rulePath || '/');
  }
}

function elements(path: string): string[] {
  return path.split('/').filter((e) => e !== '');
}

/**
 * Which of two matching paths wins (negative: a). The longer path; on a tie Exact, then Prefix, then
 * ImplementationSpecific (ingress-nginx's Prefix location `/foo/` outranks its plain `/foo`). A matching
 * Exact path always wins, like nginx's `location =`: a longer matching path can only be that same path
 * with a trailing slash, a case the spec's "longest" leaves open.
 */
export function comparePathPriority(a: { path: string; pathType: PathType }, b: { path: string; pathType: PathType }): number {
  const length = (p: string): number => (p || '/').length;
  const exact = Number(b.pathType === 'Exact') - Number(a.pathType === 'Exact');
  return exact || length(b.path) - length(a.path) || TYPE_RANK[a.pathType] - TYPE_RANK[b.pathType];
}

const TYPE_RANK: Readonly<Record<PathType, number>> = { Exact: 0, Prefix: 1, ImplementationSpecific: 2 };

/** Host matching as ingress-nginx does it: precise equality, or `*.suffix` covering exactly one label. */
export function hostMatches(ruleHost: string, requestHost: string): boolean {
  const rule = ruleHost.toLowerCase();
  if (!rule.startsWith('*.')) return rule === requestHost;
  const dot = requestHost.indexOf('.');
  return dot > 0 && /^[\w-]+$/.test(requestHost.slice(0, dot)) && requestHost.slice(dot + 1) === rule.slice(2);
}

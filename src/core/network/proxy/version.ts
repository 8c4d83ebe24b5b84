/**
 * kube-proxy versions as "major.minor" (the form ClusterSettings.kubeVersion uses, e.g. "1.33").
 * Only the minor number matters for the behaviour differences we model.
 */
export interface KubeVersion {
  readonly major: number;
  readonly minor: number;
}

/** Reads "1.33", "v1.33" or "1.33.2"; anything unreadable counts as the newest behaviour. */
export function parseKubeVersion(text: string): KubeVersion {
  const match = /^v?(\d+)\.(\d+)/.exec(text.trim());
  if (!match) return { major: 1, minor: Number.MAX_SAFE_INTEGER };
  return { major: Number(match[1]), minor: Number(match[2]) };
}

/** True when `version` is at least 1.`minor` (all our cut-overs are 1.x releases). */
export function isAtLeast(version: KubeVersion, minor: number): boolean {
  return version.major > 1 || (version.major === 1 && version.minor >= minor);
}

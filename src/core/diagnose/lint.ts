import type { Diagnostic } from '../diagnostics';
import { buildCluster } from '../model/build-cluster';
import type { Cluster, ClusterSettings } from '../model/types';
import { diagnoseCluster, sortByLine } from './diagnose-cluster';
import { locatorForText } from './locate-in-text';

export interface LintResult {
  readonly cluster: Cluster;
  /** What reading the text found (cluster.diagnostics) and what diagnoseCluster found, sorted by line. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Text in, every diagnostic out: what the CLI's `lint` prints and what an editor underlines. */
export function lintText(text: string, settings: Partial<ClusterSettings> = {}): LintResult {
  const cluster = buildCluster(text, settings);
  const findings = diagnoseCluster(cluster, { locate: locatorForText(text) });
  return { cluster, diagnostics: sortByLine([...cluster.diagnostics, ...findings]) };
}

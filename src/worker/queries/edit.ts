import { applyManifestEdit, type Cluster, type ManifestEdit } from '../../core';
import type { QueryParams, QueryResult } from '../../protocol';

/**
 * Applies a what-if to the text the UI sends. A pod's owner comes from the loaded cluster when the UI did
 * not say, so the core need not build the cluster again to learn which workload made it.
 */
export function answerEdit(cluster: Cluster | undefined, params: QueryParams<'edit'>): QueryResult<'edit'> {
  const result = applyManifestEdit(params.text, withOwner(cluster, params.edit), params.settings ?? cluster?.settings ?? {});
  if (!result.ok) throw new Error(result.error);
  const { text, changed, summary, done } = result;
  return { text, changed, summary, done, ...(result.line !== undefined ? { line: result.line } : {}) };
}

function withOwner(cluster: Cluster | undefined, edit: ManifestEdit): ManifestEdit {
  if ((edit.type !== 'pod-ready' && edit.type !== 'pod-delete') || edit.owner || !cluster) return edit;
  const pod = cluster.pods.find((p) => p.meta.namespace === edit.namespace && p.meta.name === edit.name);
  return pod?.workload && !pod.fromManifest ? { ...edit, owner: pod.workload } : edit;
}

import { indexManifests, inspectGraphNode, type Cluster, type ManifestIndex } from '../../core';
import type { QueryParams, QueryResult } from '../../protocol';

/** The last text read, kept so clicking from object to object does not parse a large paste again each time. */
let lastIndex: ManifestIndex | undefined;

function manifestsOf(text: string | undefined): ManifestIndex | undefined {
  if (text === undefined) return undefined;
  if (lastIndex?.text !== text) lastIndex = indexManifests(text);
  return lastIndex;
}

export function answerInspect(cluster: Cluster, params: QueryParams<'inspect'>): QueryResult<'inspect'> {
  const manifests = manifestsOf(params.text);
  const result = inspectGraphNode(cluster, params.nodeId, {
    ...(manifests ? { manifests } : {}),
    ...(params.rules ? { rules: params.rules } : {}),
  });
  if (!result) throw new Error(`${params.nodeId} is not in the cluster any more.`);
  return result;
}

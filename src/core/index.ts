/**
 * The only door into the core. Everything the worker, the CLI and the tests use is exported here by name.
 */
export type { Diagnostic, ObjectRef, Severity, SourceLocation } from './diagnostics';
export { describeObject, hasErrors } from './diagnostics';
export type * from './model/types';
export type { ClusterGraph, GraphEdge, GraphEdgeKind, GraphNode, GraphNodeKind } from './graph/types';
export { DEFAULT_SETTINGS, resolveSettings } from './model/settings';
export { buildCluster } from './model/build-cluster';
export { buildGraph } from './graph/build-graph';
export { summarizeCluster, type ClusterSummary } from './graph/summarize';
export { MAX_INPUT_BYTES } from './manifest/parse-yaml';

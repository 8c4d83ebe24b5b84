/**
 * The only door into the core. Everything the worker, the CLI and the tests use is exported here by name.
 */
export type { Diagnostic, ObjectRef, Severity, SourceLocation } from './diagnostics';
export { describeObject, hasErrors } from './diagnostics';
export type * from './model/types';
export type { ClusterGraph, GraphEdge, GraphEdgeKind, GraphNode, GraphNodeFacts, GraphNodeKind } from './graph/types';
export { DEFAULT_SETTINGS, resolveSettings } from './model/settings';
export { buildCluster } from './model/build-cluster';
export { buildGraph, nodeId } from './graph/build-graph';
export { summarizeCluster, type ClusterSummary } from './graph/summarize';
export { MAX_INPUT_BYTES } from './manifest/parse-yaml';

// Traffic engine.
export type { Address, Hop, HopKind, Outcome, OutcomeType, RuleRef, Trace, TraceRequest, TraceSource } from './simulate/types';
export { traceRequest } from './simulate/trace';
export { createSimulationState, type SimulationState } from './simulate/state';
export { simulateTraffic, MAX_TRAFFIC_REQUESTS, type TimedTrace, type TrafficResult, type TrafficSpec } from './simulate/traffic';
export { applyClusterEvent, type ClusterEvent, type EventResult, type TimedEvent } from './simulate/events';
export { parseTarget, type ParsedTarget } from './simulate/target';

// Rule tables, DNS, environment variables, Ingress routing.
export * from './network/proxy/index';
export * from './network/dns/index';
export * from './network/env/index';
export * from './network/ingress/index';

// Findings: why a Service does not answer.
export * from './diagnose/index';

// What-ifs as edits of the manifests text (the editor stays the source of truth).
export * from './edit/index';

// What the inspector shows: kubectl's printouts, YAML as pasted and defaulted, DNS names, tagged rule listings.
export * from './views/index';

// Lesson narration: sentences (en, zh) generated from traces, and lessons from the built-in examples.
export * from './narrate/index';

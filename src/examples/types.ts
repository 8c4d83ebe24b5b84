import type { ClusterSettings, TraceSource } from '../core';

/**
 * One built-in scenario. The example menu, `?example=<id>`, the unit tests and the e2e tests all read these
 * same objects, so an example that stops doing what its description promises fails a test.
 */
export interface Example {
  /** URL-safe (`?example=<id>`): lowercase letters, digits and dashes. */
  readonly id: string;
  readonly title: string;
  readonly titleZh: string;
  /** One paragraph: what to look at (which rule matches, which header changes) and why. */
  readonly description: string;
  readonly descriptionZh: string;
  readonly tags: readonly string[];
  readonly manifests: string;
  /** Cluster settings the scenario needs (kube-proxy mode, a seed); the rest stay at their defaults. */
  readonly settings?: Partial<ClusterSettings>;
  /** A request that shows the point of the scenario; the UI can offer it as the first trace. */
  readonly suggestedRequest: { readonly source: TraceSource; readonly target: string };
}

/** For tests of the lesson (store and UI): what the worker answers for the myapp example. */
import { buildCluster, createSimulationState, lessonFor, lessonRequestFor, traceRequest } from '../core';
import { findExample } from '../examples';
import type { LessonAnswer } from '../protocol';

/** A real trace through kube-proxy's rules, worded in both languages, as the `lesson` query returns it. */
export function myappLesson(): Extract<LessonAnswer, { type: 'lesson' }> {
  const example = findExample('myapp-clusterip');
  if (!example) throw new Error('myapp-clusterip is gone');
  const cluster = buildCluster(example.manifests, {});
  const request = lessonRequestFor(example, cluster);
  if (!request) throw new Error('no request');
  const trace = traceRequest(cluster, request, createSimulationState(1));
  return { type: 'lesson', exampleId: example.id, request, trace, steps: { en: lessonFor(example, trace, 'en'), zh: lessonFor(example, trace, 'zh') } };
}

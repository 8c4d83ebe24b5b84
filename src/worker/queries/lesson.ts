import { createSimulationState, lessonFor, lessonRequestFor, traceRequest, type Cluster, type Diagnostic, type LessonExample } from '../../core';
import { findExample } from '../../examples';
import type { QueryParams, QueryResult } from '../../protocol';
import { withFindings } from './trace';

/**
 * A lesson over the loaded cluster. The example's own request and introduction when the UI says the text is
 * still that example; otherwise a request chosen from the cluster (its first Service) and a short
 * introduction of our own, so a pasted cluster gets a lesson too. The trace starts from a fresh simulation
 * state: the same cluster and seed always teach the same path.
 */
export function answerLesson(cluster: Cluster, params: QueryParams<'lesson'>, findings: readonly Diagnostic[] = []): QueryResult<'lesson'> {
  const example = params.exampleId ? findExample(params.exampleId) : undefined;
  const request = lessonRequestFor(example, cluster);
  if (!request) return { type: 'no-service' };
  // With the findings behind its outcome, as a sent request has them: a lesson on a broken cluster says why.
  const trace = withFindings(traceRequest(cluster, request, createSimulationState(params.seed ?? cluster.settings.seed)), findings, cluster);
  const subject = example ?? pastedSubject(trace.service?.name ?? trace.request.target);
  return {
    type: 'lesson',
    exampleId: example?.id ?? null,
    request,
    trace,
    steps: { en: lessonFor(subject, trace, 'en'), zh: lessonFor(subject, trace, 'zh') },
  };
}

/** The introduction of a lesson on text that is no example: what it follows, in both languages. */
function pastedSubject(serviceName: string): LessonExample {
  return {
    id: 'pasted',
    title: `Service ${serviceName}`,
    titleZh: `Service ${serviceName}`,
    description: `This lesson follows one request to Service ${serviceName} from your manifests, hop by hop.`,
    descriptionZh: `这次讲解逐跳跟踪一个发往你的清单里 Service ${serviceName} 的请求。`,
  };
}

import type { Answer, Query } from '../../protocol';
import { currentCluster } from '../current-cluster';
import { answerEdit } from './edit';
import { answerInspect } from './inspect';
import { answerLesson } from './lesson';
import { answerRules } from './rules';
import { answerTrace } from './trace';
import { answerTraffic } from './traffic';

/**
 * Answers a query from the cluster of the last load. One case per kind in protocol/queries.ts; the switch is
 * exhaustive, so adding a kind there without a handler here fails to compile.
 */
export function answerQuery(query: Query): Answer {
  // An edit works on the text it is sent; the loaded cluster only helps it name a pod's owner.
  if (query.kind === 'edit') return { kind: 'edit', result: answerEdit(currentCluster()?.cluster, query.params) };
  const current = currentCluster();
  if (!current) throw new Error('No cluster yet: the manifests have not been read.');
  const { cluster, state, findings } = current;
  switch (query.kind) {
    case 'trace':
      return { kind: 'trace', result: answerTrace(cluster, state, query.params, findings) };
    case 'traffic':
      return { kind: 'traffic', result: answerTraffic(cluster, query.params, findings) };
    case 'rules':
      return { kind: 'rules', result: answerRules(cluster, query.params) };
    case 'inspect':
      return { kind: 'inspect', result: answerInspect(cluster, query.params) };
    case 'lesson':
      return { kind: 'lesson', result: answerLesson(cluster, query.params, findings) };
    default:
      return assertNever(query);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled query ${JSON.stringify(value)}`);
}

import { describe, expect, it } from 'vitest';
import { myappClusterIP } from '../../examples/myapp-clusterip';
import { PROTOCOL_VERSION, type Query, type Reply } from '../../protocol';
import { clearCurrentCluster } from '../current-cluster';
import { handleMessage } from '../handle-message';

const ask = (query: Query): Promise<Reply> => handleMessage({ type: 'query', requestId: 9, protocolVersion: PROTOCOL_VERSION, query });

describe('the edit query', () => {
  it('answers with the new text, even before any cluster was loaded', async () => {
    clearCurrentCluster();
    const reply = await ask({
      kind: 'edit',
      params: { text: myappClusterIP, edit: { type: 'scale', kind: 'Deployment', namespace: 'default', name: 'myapp', replicas: 5 } },
    });
    if (reply.type !== 'answer' || reply.answer.kind !== 'edit') throw new Error(JSON.stringify(reply));
    expect(reply.answer.result).toMatchObject({ changed: true, line: 11 });
    expect(reply.answer.result.text).toContain('  replicas: 5\n');
  });

  it('names a generated pod’s owner from the loaded cluster, which was built with the UI’s seed', async () => {
    const load = await handleMessage({
      type: 'load',
      requestId: 1,
      protocolVersion: PROTOCOL_VERSION,
      text: myappClusterIP,
      settings: { seed: 42 },
      view: { showSystemObjects: false },
    });
    if (load.type !== 'loaded') throw new Error(load.type);
    const pod = load.graph.nodes.find((n) => n.kind === 'pod')?.label ?? '';
    const reply = await ask({ kind: 'edit', params: { text: myappClusterIP, edit: { type: 'pod-ready', namespace: 'default', name: pod, ready: false } } });
    if (reply.type !== 'answer' || reply.answer.kind !== 'edit') throw new Error(JSON.stringify(reply));
    expect(reply.answer.result.text).toContain(`svcscope.dev/unready-pods: ${pod}`);
  });

  it('a refused edit is a failed reply with the reason', async () => {
    const reply = await ask({
      kind: 'edit',
      params: { text: myappClusterIP, edit: { type: 'scale', kind: 'Deployment', namespace: 'default', name: 'nope', replicas: 1 } },
    });
    expect(reply).toMatchObject({ type: 'failed', message: 'Deployment default/nope is not in the text (it may have been renamed or removed since).' });
  });
});

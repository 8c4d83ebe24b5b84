import { describe, expect, it } from 'vitest';
import { myappClusterIP } from '../../examples/myapp-clusterip';
import { PROTOCOL_VERSION, type Reply } from '../../protocol';
import { handleMessage } from '../handle-message';

const load = () => handleMessage({ type: 'load', requestId: 1, protocolVersion: PROTOCOL_VERSION, text: myappClusterIP, settings: {}, view: { showSystemObjects: false } });
const inspect = (requestId: number, params: { nodeId: string; text?: string; rules?: { mode?: 'iptables' | 'ipvs' | 'nftables' } }): Promise<Reply> =>
  handleMessage({ type: 'query', requestId, protocolVersion: PROTOCOL_VERSION, query: { kind: 'inspect', params } });

describe('inspect query', () => {
  it('answers with the object as pasted, cut from the text the UI sends', async () => {
    await load();
    const reply = await inspect(2, { nodeId: 'service/default/myapp', text: myappClusterIP });
    if (reply.type !== 'answer' || reply.answer.kind !== 'inspect') throw new Error(reply.type);
    expect(reply.answer.result.sourceYaml).toBe(myappClusterIP.slice(myappClusterIP.indexOf('apiVersion: v1\nkind: Service')));
    expect(reply.answer.result.views[0]?.command).toBe('kubectl get svc myapp -o wide');
  });

  it('lists a Node\'s rules in the asked mode, and leaves out the pasted text when none is sent', async () => {
    await load();
    const reply = await inspect(3, { nodeId: 'node/node1', rules: { mode: 'ipvs' } });
    if (reply.type !== 'answer' || reply.answer.kind !== 'inspect') throw new Error(reply.type);
    expect(reply.answer.result.rules?.text).toMatch(/^IP Virtual Server version/);
    expect(reply.answer.result.sourceYaml).toBeUndefined();
  });

  it('fails, without throwing, for a node the cluster does not have', async () => {
    await load();
    const reply = await inspect(4, { nodeId: 'pod/default/gone' });
    expect(reply.type).toBe('failed');
    expect(reply.type === 'failed' && reply.message).toBe('pod/default/gone is not in the cluster any more.');
  });
});

import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../examples';
import { PROTOCOL_VERSION, type LoadRequest, type LoadedReply, type Reply } from '../protocol';
import { handleMessage } from './handle-message';

const myapp = EXAMPLES[0]?.manifests ?? '';

function load(text: string, showSystemObjects = false): LoadRequest {
  return { type: 'load', requestId: 7, protocolVersion: PROTOCOL_VERSION, text, settings: {}, view: { showSystemObjects } };
}

function expectLoaded(reply: Reply): LoadedReply {
  if (reply.type !== 'loaded') throw new Error(`expected loaded, got ${JSON.stringify(reply)}`);
  return reply;
}

describe('handleMessage', () => {
  it('answers a load of the example with its graph, a box for every node, and the same request id', async () => {
    const reply = expectLoaded(await handleMessage(load(myapp)));
    expect(reply.requestId).toBe(7);
    expect(reply.layout).toBe('elk');
    const service = reply.graph.nodes.find((n) => n.kind === 'service' && n.label === 'myapp');
    expect(service?.details).toContain('ClusterIP');
    const pods = reply.graph.nodes.filter((n) => n.kind === 'pod');
    expect(pods).toHaveLength(3);
    for (const node of reply.graph.nodes) expect(reply.positions[node.id]).toBeDefined();
    for (const pod of pods) expect(pod.parentId).toMatch(/^node\//);
    expect(reply.counts).toMatchObject({ pods: 3, readyPods: 3, services: 1, workloads: 1 });
  });

  it('keeps system objects out of the drawing unless asked for', async () => {
    const hidden = expectLoaded(await handleMessage(load(myapp)));
    const shown = expectLoaded(await handleMessage(load(myapp, true)));
    expect(shown.graph.nodes.length).toBeGreaterThan(hidden.graph.nodes.length);
    expect(hidden.graph.nodes.some((n) => n.system)).toBe(false);
  });

  it('reports a YAML error with its line, as a loaded reply with diagnostics', async () => {
    const broken = `${myapp}\n---\nkind: Service\nmetadata:\n  name: x\n   bad: indent\n`;
    const reply = expectLoaded(await handleMessage(load(broken)));
    const error = reply.diagnostics.find((d) => d.code.startsWith('YAML_'));
    expect(error?.line).toBeGreaterThan(40);
  });

  it('answers a ping with a pong', async () => {
    const reply = await handleMessage({ type: 'ping', requestId: 3, protocolVersion: PROTOCOL_VERSION });
    expect(reply).toEqual({ type: 'pong', requestId: 3, protocolVersion: PROTOCOL_VERSION });
  });

  it('refuses a request from another protocol version', async () => {
    const stale = { ...load(myapp), protocolVersion: 0 } as unknown as LoadRequest;
    const reply = await handleMessage(stale);
    expect(reply.type).toBe('failed');
  });
});

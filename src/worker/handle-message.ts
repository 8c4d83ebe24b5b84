import { buildCluster, buildGraph } from '../core';
import {
  PROTOCOL_VERSION,
  failedReply,
  hasCurrentVersion,
  type LoadRequest,
  type LoadedReply,
  type Reply,
  type Request,
} from '../protocol';
import { countCluster } from './counts';
import { setCurrentCluster } from './current-cluster';
import { answerQuery } from './queries';
import { selectDrawnGraph } from './drawn-graph';
import { createCanvasMeasure } from './canvas-measure';
import { layoutGraph } from './layout';
import { ESTIMATED_MEASURE, type TextMeasure } from './node-size';

/** The clock is passed in so tests can pin timings; the worker uses performance.now. */
export type Clock = () => number;

const defaultClock: Clock = () => performance.now();

let measure: TextMeasure | undefined;

/**
 * Everything the worker does, as a plain function: tests call it directly and the bridge's in-process
 * fallback runs it on the main thread. It never throws; a failure becomes a `failed` reply.
 */
export async function handleMessage(message: Request, now: Clock = defaultClock): Promise<Reply> {
  if (!hasCurrentVersion(message)) {
    return failedReply(message.requestId, `Protocol version ${String(message.protocolVersion)} is not ${PROTOCOL_VERSION}: reload the page.`);
  }
  try {
    switch (message.type) {
      case 'load':
        return await load(message, now);
      case 'ping':
        return { type: 'pong', requestId: message.requestId, protocolVersion: PROTOCOL_VERSION };
      case 'query':
        return { type: 'answer', requestId: message.requestId, protocolVersion: PROTOCOL_VERSION, answer: answerQuery(message.query) };
      default:
        return assertNever(message);
    }
  } catch (error) {
    return failedReply(message.requestId, error instanceof Error ? error.message : String(error));
  }
}

async function load(request: LoadRequest, now: Clock): Promise<LoadedReply> {
  const started = now();
  const cluster = buildCluster(request.text, request.settings);
  setCurrentCluster(cluster);
  const drawn = selectDrawnGraph(buildGraph(cluster, { includeSystem: request.view.showSystemObjects }));
  const parsed = now();
  measure ??= createCanvasMeasure() ?? ESTIMATED_MEASURE;
  const layout = await layoutGraph(drawn.graph, measure);
  const laidOut = now();
  return {
    type: 'loaded',
    requestId: request.requestId,
    protocolVersion: PROTOCOL_VERSION,
    graph: drawn.graph,
    positions: layout.positions,
    layout: layout.engine,
    hiddenNodeCount: drawn.hiddenNodeCount,
    diagnostics: cluster.diagnostics,
    counts: countCluster(cluster),
    settings: cluster.settings,
    parseMs: Math.round(parsed - started),
    layoutMs: Math.round(laidOut - parsed),
  };
}

function assertNever(value: never): never {
  throw new Error(`Unhandled message ${JSON.stringify(value)}`);
}

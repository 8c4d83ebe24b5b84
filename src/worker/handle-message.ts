import { buildCluster } from '../core';
import { PROTOCOL_VERSION, failedReply, hasCurrentVersion, type LoadRequest, type LoadedReply, type Reply, type Request } from '../protocol';
import { countCluster } from './counts';
import { setCurrentCluster } from './current-cluster';
import { answerQuery } from './queries';
import { createCanvasMeasure } from './canvas-measure';
import { layoutGraph } from './layout';
import { ESTIMATED_MEASURE, type TextMeasure } from './node-size';
import { layoutStably, type PreviousLayout } from './stable-layout';
import { drawView } from './view/drawn-view';
import { findIslands, withIslands } from './view/namespace-islands';

/** The clock is passed in so tests can pin timings; the worker uses performance.now. */
export type Clock = () => number;

const defaultClock: Clock = () => performance.now();

let measure: TextMeasure | undefined;
/** The last answer's layout, so a small change keeps the picture still (stable-layout.ts). */
let previousLayout: PreviousLayout | undefined;

/** For tests: the next load lays out from scratch. */
export function forgetPreviousLayout(): void {
  previousLayout = undefined;
}

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
  const drawn = drawView(cluster, request.text, request.view);
  // Queries answer from this cluster from now on, with its findings (a trace names the ones behind it).
  setCurrentCluster(cluster, drawn.diagnostics);
  const parsed = now();
  const textMeasure = (measure ??= createCanvasMeasure() ?? ESTIMATED_MEASURE);
  // Several namespaces: each one's objects are laid out inside a box of its own (view/namespace-islands.ts).
  const islands = findIslands(drawn.graph);
  const { layout, remember } = await layoutStably(withIslands(drawn.graph, islands), textMeasure, previousLayout, (graph) => layoutGraph(graph, textMeasure));
  previousLayout = remember;
  const laidOut = now();
  return {
    type: 'loaded',
    requestId: request.requestId,
    protocolVersion: PROTOCOL_VERSION,
    graph: drawn.graph,
    positions: layout.positions,
    layout: layout.engine,
    hiddenNodeCount: drawn.hiddenNodeCount,
    diagnostics: drawn.diagnostics,
    diagnosticNodeIds: drawn.diagnosticNodeIds,
    stacks: drawn.stacks,
    namespaceSummaries: drawn.namespaceSummaries,
    islands,
    namespaces: drawn.namespaces,
    viewProblem: drawn.viewProblem,
    objectFacts: drawn.objectFacts,
    layoutContinuity: layout.continuity,
    counts: countCluster(cluster, drawn.diagnostics),
    settings: cluster.settings,
    parseMs: Math.round(parsed - started),
    layoutMs: Math.round(laidOut - parsed),
  };
}

function assertNever(value: never): never {
  throw new Error(`Unhandled message ${JSON.stringify(value)}`);
}

import type { TFunction } from 'i18next';
import type { GraphNode, GraphNodeFacts } from '../../../core';

type CanvasT = TFunction<'canvas'>;
type PodState = Extract<GraphNodeFacts, { type: 'pod' }>['state'];

/**
 * A card's detail lines in the UI's language. The core and the worker write them in English (the worker
 * sizes the card by those); the lines that are words, not data, are said again from the node's facts. In
 * English the result is the node's own lines, character for character. IPs, ports, images and hosts stay.
 */
export function cardDetailLines(node: GraphNode, t: CanvasT): readonly string[] {
  const facts = node.facts;
  if (!facts) return node.details;
  const lines = [...node.details];
  switch (facts.type) {
    case 'workload':
      lines[0] = t('workloadReady', { ready: facts.ready, desired: facts.desired });
      break;
    case 'replicaset':
      lines[0] = t('replicaSetPods', { pods: facts.pods });
      break;
    case 'pod':
      if (!facts.hasIP) lines[0] = t('podNoIP');
      lines[1] = podStateWord(facts.state, t);
      break;
    case 'ingress':
      lines[0] = facts.className === null ? t('ingressNoClass') : t('ingressClass', { className: facts.className });
      break;
    case 'endpoints':
      if (facts.addresses === 0) return [t('endpointsNone')];
      if (facts.more > 0) lines[lines.length - 1] = t('endpointsMore', { count: facts.more });
      break;
    case 'namespace':
      lines[0] = t('namespaceContents', {
        services: t('namespaceServices', { count: facts.services }),
        workloads: t('namespaceWorkloads', { count: facts.workloads }),
      });
      lines[1] = t('namespacePods', { count: facts.pods, ready: facts.ready });
      break;
  }
  return lines;
}

/** Ready, NotReady and Terminating are the UI's words; a phase (Pending, Failed...) is the API's, as kubectl shows it. */
export function podStateWord(state: PodState, t: CanvasT): string {
  switch (state) {
    case 'Ready':
      return t('podReady');
    case 'NotReady':
      return t('podNotReady');
    case 'Terminating':
      return t('podTerminating');
    default:
      return state;
  }
}

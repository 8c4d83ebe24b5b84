import type { ClusterSettings } from '../model/types';
import { MAX_SIMULATED_REPLICAS } from '../model/read/workload';
import { EditError } from './patch';
import { deletePod, setPodReady } from './pod-edits';
import { setSelector, setServiceField } from './service-edits';
import { EditSession } from './session';
import { summarizeEdit } from './summarize-edit';
import type { EditDone, EditResult, ManifestEdit } from './types';
import { scalarText } from './yaml-tree';

/** When the caller gives no time for a deletion: svcscope only reads whether deletionTimestamp is set. */
const UNKNOWN_DELETION_TIME = '1970-01-01T00:00:00Z';

/**
 * Applies a what-if to the manifests text and returns the new text. Only the changed spans differ: comments,
 * quoting, indentation, other documents and other List items are kept byte for byte. Never throws; an object
 * that is not in the text (or a change Kubernetes would refuse) is an error result with a reason.
 * `settings` matter only for pods generated from a workload without `owner` (their names follow the seed).
 */
export function applyManifestEdit(text: string, edit: ManifestEdit, settings: Partial<ClusterSettings> = {}): EditResult {
  const session = new EditSession(text);
  try {
    const done = run(session, edit, settings);
    const line = session.firstChangedLine();
    return { ok: true, text: session.text, changed: session.text !== text, summary: summarizeEdit(done), done, ...(line !== undefined ? { line } : {}) };
  } catch (error) {
    // js-yaml's errors and our own both become a reason: the edit is refused, the text stays as it was.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function run(session: EditSession, edit: ManifestEdit, settings: Partial<ClusterSettings>): EditDone {
  const target = { namespace: edit.namespace, name: edit.name };
  switch (edit.type) {
    case 'scale': {
      if (!Number.isInteger(edit.replicas) || edit.replicas < 0 || edit.replicas > MAX_SIMULATED_REPLICAS)
        throw new EditError(`replicas must be a whole number from 0 to ${MAX_SIMULATED_REPLICAS}, not ${edit.replicas}.`);
      const workload = { ...target, kind: edit.kind };
      const before = scalarText(session.read(workload, ['spec', 'replicas']));
      session.set(workload, ['spec', 'replicas'], edit.replicas);
      return { type: 'scaled', kind: edit.kind, name: edit.name, fromReplicas: before ?? null, toReplicas: edit.replicas };
    }
    case 'set-service-field':
      return setServiceField(session, { ...target, kind: 'Service' }, edit);
    case 'set-selector':
      return setSelector(session, { ...target, kind: 'Service' }, edit.selector);
    case 'pod-ready':
      return setPodReady(session, podInput(edit), edit.ready, settings);
    case 'pod-delete':
      return deletePod(session, podInput(edit), edit.deletionTimestamp ?? UNKNOWN_DELETION_TIME, settings);
    default:
      return assertNever(edit);
  }
}

function podInput(edit: Extract<ManifestEdit, { type: 'pod-ready' | 'pod-delete' }>) {
  return { namespace: edit.namespace, name: edit.name, ...(edit.owner ? { owner: edit.owner } : {}) };
}

function assertNever(value: never): never {
  throw new EditError(`Unknown edit ${JSON.stringify(value)}`);
}

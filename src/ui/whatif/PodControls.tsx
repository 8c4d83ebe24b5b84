import type { ManifestEdit } from '../../core';
import { podDeleteEdit, podReadyEdit, type PodFacts } from './whatif-actions';

interface PodControlsProps {
  readonly facts: PodFacts;
  readonly busy: boolean;
  readonly apply: (edit: ManifestEdit) => void;
}

/** Readiness and deletion: what a failing probe or `kubectl delete pod` would do to the Endpoints. */
export function PodControls({ facts, busy, apply }: PodControlsProps) {
  const where = facts.owner ? ` (written on ${facts.owner.kind} ${facts.owner.name})` : '';
  return (
    <div className="whatif-group">
      {facts.ready ? (
        <button
          type="button"
          disabled={busy || facts.terminating}
          onClick={() => apply(podReadyEdit(facts, false))}
          title={`Its Ready condition turns False${where}`}
        >
          Make unready
        </button>
      ) : (
        <button
          type="button"
          disabled={busy || facts.terminating}
          onClick={() => apply(podReadyEdit(facts, true))}
          title={`Its Ready condition turns True${where}`}
        >
          Make ready
        </button>
      )}
      <button
        type="button"
        className="whatif-danger"
        disabled={busy || facts.terminating}
        onClick={() => apply(podDeleteEdit(facts, new Date()))}
        title={facts.terminating ? 'Already Terminating' : `Terminating while a replacement starts${where}`}
      >
        Delete pod
      </button>
    </div>
  );
}

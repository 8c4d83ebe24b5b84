import { useId } from 'react';
import { EXAMPLES } from '../../examples';
import { selectSetShowSystemObjects, selectShowSystemObjects, selectSetWorkerCount, selectWorkerCount } from '../../store';
import { useAppStore } from '../store-context';
import './toolbar.css';

const WORKER_COUNTS = [1, 2, 3, 4, 5, 6] as const;

interface ToolbarProps {
  /** Puts an example's manifests into the editor (one undoable edit). */
  readonly onOpenExample: (manifests: string) => void;
}

export function Toolbar({ onOpenExample }: ToolbarProps) {
  const exampleId = useId();
  const workersId = useId();
  const showSystem = useAppStore(selectShowSystemObjects);
  const setShowSystem = useAppStore(selectSetShowSystemObjects);
  const workerCount = useAppStore(selectWorkerCount);
  const setWorkerCount = useAppStore(selectSetWorkerCount);

  return (
    <div className="toolbar">
      <label htmlFor={exampleId}>Example</label>
      <select
        id={exampleId}
        value=""
        onChange={(event) => {
          const example = EXAMPLES.find((candidate) => candidate.id === event.target.value);
          if (example) onOpenExample(example.manifests);
        }}
      >
        <option value="" disabled>
          Open an example…
        </option>
        {EXAMPLES.map((example) => (
          <option key={example.id} value={example.id} title={example.description}>
            {example.title}
          </option>
        ))}
      </select>

      <label htmlFor={workersId}>Worker nodes</label>
      <select id={workersId} value={workerCount ?? ''} onChange={(event) => setWorkerCount(Number(event.target.value))}>
        {workerCount === undefined ? <option value="">…</option> : null}
        {WORKER_COUNTS.map((count) => (
          <option key={count} value={count}>
            {count}
          </option>
        ))}
      </select>

      <label className="toolbar-check">
        <input type="checkbox" checked={showSystem} onChange={(event) => setShowSystem(event.target.checked)} />
        System objects
      </label>
    </div>
  );
}

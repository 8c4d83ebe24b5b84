import { Dialog } from '../share/Dialog';
import { EXPORT_STRINGS as S, percent } from './strings';

interface RecordingDialogProps {
  readonly progress: number;
  readonly onCancel: () => void;
}

/** Shown while the journey is recorded in real time; Cancel or Escape stops it and saves nothing. */
export function RecordingDialog({ progress, onCancel }: RecordingDialogProps) {
  return (
    <Dialog title={S.recordingTitle} onClose={onCancel} className="recording-dialog">
      <p className="dialog-text">{S.recordingIntro}</p>
      <div className="dialog-progress">
        <progress max={1} value={progress} aria-label={S.recordingProgress} aria-valuetext={percent(progress)} />
        <span aria-hidden="true">{percent(progress)}</span>
      </div>
      <div className="dialog-actions dialog-foot">
        <button type="button" onClick={onCancel}>
          {S.cancel}
        </button>
      </div>
    </Dialog>
  );
}

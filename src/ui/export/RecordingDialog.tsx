import { useTranslation } from 'react-i18next';
import { Dialog } from '../share/Dialog';

interface RecordingDialogProps {
  readonly progress: number;
  readonly onCancel: () => void;
}

/** Shown while the journey is recorded in real time; Cancel or Escape stops it and saves nothing. */
export function RecordingDialog({ progress, onCancel }: RecordingDialogProps) {
  const { t } = useTranslation('export');
  const percent = t('percent', { percent: Math.round(progress * 100) });
  return (
    <Dialog title={t('recordingTitle')} onClose={onCancel} className="recording-dialog">
      <p className="dialog-text">{t('recordingIntro')}</p>
      <div className="dialog-progress">
        <progress max={1} value={progress} aria-label={t('recordingProgress')} aria-valuetext={percent} />
        <span aria-hidden="true">{percent}</span>
      </div>
      <div className="dialog-actions dialog-foot">
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </Dialog>
  );
}

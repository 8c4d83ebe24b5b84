import { useTranslation } from 'react-i18next';
import { selectLesson } from '../../store';
import { useAppStore, useAppStoreApi } from '../store-context';
import './lesson.css';

/**
 * The toolbar's way into lesson mode, where a trainer looks first. Pressed while a lesson is open; pressing
 * it again ends the lesson. The card takes focus once the lesson is ready, and gives it back here on exit.
 */
export function LessonButton() {
  const { t } = useTranslation('lesson');
  const store = useAppStoreApi();
  const open = useAppStore(selectLesson).status !== 'off';
  return (
    <button
      type="button"
      className="lesson-start"
      data-lesson-start=""
      aria-pressed={open}
      title={t('startHint')}
      onClick={() => {
        const state = store.getState();
        if (open) state.exitLesson();
        else void state.startLesson();
      }}
    >
      {t('start')}
    </button>
  );
}

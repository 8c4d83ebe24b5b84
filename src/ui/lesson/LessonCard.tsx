import { useEffect, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { selectLesson, selectLessonIsStale, selectLessonStepIndex, selectLessonSteps, type AppStore, type Lesson } from '../../store';
import { useAppStore, useAppStoreApi } from '../store-context';
import { lookAtHighlightCss } from './highlight';
import { lessonKeyAction } from './lesson-keys';
import { showLessonStep } from './lesson-playhead';
import { LookAt } from './LookAt';
import './lesson.css';

/** Ends the lesson and gives focus back to the toolbar button that started it. */
function exitLesson(store: AppStore): void {
  store.getState().exitLesson();
  document.querySelector<HTMLElement>('[data-lesson-start]')?.focus();
}

/**
 * The lesson over the bottom of the canvas pane. It sits in the pane's flow, under the graph rather than on
 * it: the graph is fitted into what is left, so the card never hides the packet it talks about.
 */
export function LessonCard() {
  const { t } = useTranslation('lesson');
  const store = useAppStoreApi();
  const lesson = useAppStore(selectLesson);
  const card = useRef<HTMLElement>(null);
  const open = lesson.status !== 'off';

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target instanceof Node ? event.target : null;
      const inCard = target !== null && card.current?.contains(target) === true;
      const onPage = target === document.body || target === document.documentElement;
      const action = lessonKeyAction(event, { inCard, onPage });
      if (action === null) return;
      event.preventDefault();
      if (action === 'exit') return exitLesson(store);
      const state = store.getState();
      showLessonStep(store, state.lessonStepIndex + (action === 'next' ? 1 : -1));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, store]);

  if (!open) return null;
  return (
    <section ref={card} className="lesson-card" role="region" aria-label={t('region')}>
      {/* One live region for the card's whole life: it is mounted with "Preparing…", so the first step's
          narration (and every later one) is a change a screen reader announces. */}
      <p className="visually-hidden" aria-live="polite">
        {lesson.status === 'ready' ? <Announcement /> : problemText(lesson, t)}
      </p>
      {lesson.status === 'ready' ? <LessonSteps lesson={lesson} /> : <LessonProblem lesson={lesson} />}
    </section>
  );
}

/** The current step's narration, for the live region. */
function Announcement() {
  const steps = useAppStore(selectLessonSteps);
  const index = useAppStore(selectLessonStepIndex);
  const step = steps[index];
  return <>{step ? `${step.title}. ${step.narration}` : ''}</>;
}

function problemText(lesson: Exclude<Lesson, { status: 'ready' | 'off' }>, t: TFunction<'lesson'>): string {
  return lesson.status === 'loading' ? t('loading') : lesson.status === 'no-service' ? t('noService') : t('failed', { message: lesson.message });
}

function LessonSteps({ lesson }: { readonly lesson: Extract<Lesson, { status: 'ready' }> }) {
  const { t } = useTranslation('lesson');
  const store = useAppStoreApi();
  const steps = useAppStore(selectLessonSteps);
  const index = useAppStore(selectLessonStepIndex);
  const stale = useAppStore(selectLessonIsStale);
  const next = useRef<HTMLButtonElement>(null);
  const step = steps[index];
  const last = steps.length - 1;

  // The lesson was asked for from the toolbar: its first step is where the keyboard should be.
  useEffect(() => next.current?.focus(), [lesson.traceId]);

  if (!step) return null;
  return (
    <>
      {step.lookAt.nodeId !== undefined ? <style>{lookAtHighlightCss(step.lookAt.nodeId)}</style> : null}
      <div className="lesson-head">
        <span className="lesson-progress">{t('stepOf', { current: index + 1, total: steps.length })}</span>
        <h2 className="lesson-title" title={step.title}>
          {step.title}
        </h2>
        <button type="button" className="lesson-exit" onClick={() => exitLesson(store)} aria-keyshortcuts="Escape" title={t('exitKey')}>
          {t('exit')}
        </button>
      </div>
      {stale ? (
        <p className="lesson-stale">
          {t('stale')}
          <button type="button" onClick={() => void store.getState().startLesson()}>
            {t('restart')}
          </button>
        </p>
      ) : null}
      {/* A fixed height: a card that grew and shrank from step to step would make the graph above refit. */}
      <p className="lesson-narration is-fixed" tabIndex={0}>
        {step.narration}
      </p>
      <div className="lesson-foot">
        <LookAt step={step} trace={lesson.trace} />
        <div className="lesson-nav" role="group" aria-label={t('steps')}>
          {/* aria-disabled, not disabled: the button keeps focus at either end, so the keyboard never drops to the page. */}
          <button
            type="button"
            onClick={() => {
              if (index > 0) showLessonStep(store, index - 1);
            }}
            aria-disabled={index === 0}
            aria-keyshortcuts="ArrowLeft"
            title={t('previousKey')}
          >
            ‹ {t('previous')}
          </button>
          <button
            ref={next}
            type="button"
            className="lesson-next"
            onClick={() => {
              if (index < last) showLessonStep(store, index + 1);
            }}
            aria-disabled={index >= last}
            aria-keyshortcuts="ArrowRight"
            title={t('nextKey')}
          >
            {t('next')} ›
          </button>
        </div>
      </div>
    </>
  );
}

/** Preparing, or why there is no lesson: still a card, so Exit (and Esc) are where the lesson would be. */
function LessonProblem({ lesson }: { readonly lesson: Exclude<Lesson, { status: 'ready' | 'off' }> }) {
  const { t } = useTranslation('lesson');
  const store = useAppStoreApi();
  const exit = useRef<HTMLButtonElement>(null);
  const text = problemText(lesson, t);
  // No lesson after all: the way out is where the keyboard should be.
  useEffect(() => {
    if (lesson.status !== 'loading') exit.current?.focus();
  }, [lesson.status]);
  return (
    <div className="lesson-head">
      <p className="lesson-narration">{text}</p>
      <button ref={exit} type="button" className="lesson-exit" onClick={() => exitLesson(store)}>
        {t('exit')}
      </button>
    </div>
  );
}

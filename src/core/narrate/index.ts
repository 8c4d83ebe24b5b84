export { narrateHop, narrateTrace, type TraceNarration } from './narrate';
export { narrateOutcome } from './outcome';
export { lessonFor } from './lesson';
export { lessonRequestFor, type LessonRequest } from './lesson-request';
export type { HopNarrationContext, NarrationLang, LessonExample, LessonStep } from './types';

import type { Diagnostic, LessonStep } from '../core';
import type { AppState } from './app-state';
import { isUnreadableTextCode } from './cluster-state';
import type { RuleToShow } from './selection-slice';
import { tallyRun, type PlayedTrace, type RunTally } from './traffic-state';

/** Named selectors: components subscribe to exactly what they draw. */
export const selectText = (state: AppState): string => state.text;
export const selectTextSaved = (state: AppState): boolean => state.textSaved;
export const selectSetText = (state: AppState): AppState['setText'] => state.setText;
export const selectGraph = (state: AppState): AppState['graph'] => state.graph;
export const selectPositions = (state: AppState): AppState['positions'] => state.positions;
export const selectGraphRevision = (state: AppState): number => state.graphRevision;
export const selectDiagnostics = (state: AppState): readonly Diagnostic[] => state.diagnostics;
export const selectStatus = (state: AppState): AppState['status'] => state.status;
export const selectShowSystemObjects = (state: AppState): boolean => state.view.showSystemObjects;
export const selectSetShowSystemObjects = (state: AppState): AppState['setShowSystemObjects'] => state.setShowSystemObjects;
/** The user's choice, else what the core used; undefined until the first answer (the main thread does not load the core). */
export const selectWorkerCount = (state: AppState): number | undefined => state.clusterSettings.workerCount ?? state.effectiveSettings?.workerCount;
export const selectSetWorkerCount = (state: AppState): AppState['setWorkerCount'] => state.setWorkerCount;
export const selectGraphIsStale = (state: AppState): boolean => state.graphIsStale;

/** The first error that kept the newest text from being read, for the banner over the graph. */
export const selectBlockingDiagnostic = (state: AppState): Diagnostic | undefined => state.diagnostics.find((d) => isUnreadableTextCode(d.code));

// Requests in motion (traffic slice).
export const selectRequestSource = (state: AppState): string => state.requestSource;
export const selectRequestTarget = (state: AppState): string => state.requestTarget;
export const selectStreamRate = (state: AppState): number => state.streamRatePerSecond;
export const selectStreamDuration = (state: AppState): number => state.streamDurationSeconds;
export const selectRequestStatus = (state: AppState): AppState['requestStatus'] => state.requestStatus;
export const selectRequestError = (state: AppState): string | null => state.requestError;
export const selectPackets = (state: AppState): readonly PlayedTrace[] => state.packets;
export const selectFocusedTraceId = (state: AppState): number | null => state.focusedTraceId;
export const selectCurrentHopIndex = (state: AppState): number | null => state.currentHopIndex;
export const selectSelectedHop = (state: AppState): AppState['selectedHop'] => state.selectedHop;
export const selectPlaying = (state: AppState): boolean => state.playing;
export const selectSpeed = (state: AppState): number => state.speed;

/** The focused request, or undefined when nothing was sent yet. */
export const selectFocusedTrace = (state: AppState): PlayedTrace | undefined =>
  state.focusedTraceId === null ? undefined : state.packets.find((p) => p.id === state.focusedTraceId);

let tallyCache: { readonly packets: readonly PlayedTrace[]; readonly tally: RunTally } | null = null;
/** Outcome counts and spread over pods of the whole run; cached per run so subscribers see one object. */
export const selectRunTally = (state: AppState): RunTally => {
  if (tallyCache?.packets !== state.packets) tallyCache = { packets: state.packets, tally: tallyRun(state.packets) };
  return tallyCache.tally;
};

// The inspector (selection slice).
export type { Inspection, InspectorTab, RuleToShow } from './selection-slice';
export { tabsFor } from './selection-slice';
export const selectSelectedNodeId = (state: AppState): string | null => state.selectedNodeId;
export const selectSelect = (state: AppState): AppState['select'] => state.select;
export const selectInspectorTab = (state: AppState): AppState['inspectorTab'] => state.inspectorTab;
export const selectInspection = (state: AppState): AppState['inspection'] => state.inspection;
export const selectRulesMode = (state: AppState): AppState['rulesMode'] => state.rulesMode;
export const selectMarkedService = (state: AppState): string | null => state.markedService;
/** The rule of the trace hop the user selected, which the Rules tab scrolls to and highlights. */
export const selectSelectedHopRule = (state: AppState): RuleToShow | undefined => state.selectedHop?.rule;
export const selectClusterProxyMode = (state: AppState): AppState['rulesMode'] => state.effectiveSettings?.proxyMode ?? null;

// What-ifs, findings on the graph and the view (whatif slice, cluster state, settings).
export type { WhatIfNotice } from './whatif-slice';
export const selectApplyWhatIf = (state: AppState): AppState['applyWhatIf'] => state.applyWhatIf;
export const selectWhatIfNotice = (state: AppState): AppState['whatIfNotice'] => state.whatIfNotice;
export const selectDismissWhatIfNotice = (state: AppState): AppState['dismissWhatIfNotice'] => state.dismissWhatIfNotice;
export const selectExternalEdit = (state: AppState): AppState['externalEdit'] => state.externalEdit;
export const selectFindingsByNode = (state: AppState): AppState['findingsByNode'] => state.findingsByNode;
export const selectStacks = (state: AppState): AppState['stacks'] => state.stacks;
export const selectIslands = (state: AppState): AppState['islands'] => state.islands;
export const selectNamespaces = (state: AppState): readonly string[] => state.namespaces;
export const selectViewProblem = (state: AppState): string | null => state.viewProblem;
export const selectLayoutContinuity = (state: AppState): AppState['layoutContinuity'] => state.layoutContinuity;
export const selectView = (state: AppState): AppState['view'] => state.view;
export const selectSetNamespaceFilter = (state: AppState): AppState['setNamespaceFilter'] => state.setNamespaceFilter;
export const selectSetHiddenKinds = (state: AppState): AppState['setHiddenKinds'] => state.setHiddenKinds;
export const selectSetLabelSelector = (state: AppState): AppState['setLabelSelector'] => state.setLabelSelector;
export const selectSetStackExpanded = (state: AppState): AppState['setStackExpanded'] => state.setStackExpanded;
export const selectSetProxyMode = (state: AppState): AppState['setProxyMode'] => state.setProxyMode;
/** The user's choice, else what the core used; undefined until the first answer. */
export const selectProxyMode = (state: AppState): AppState['clusterSettings']['proxyMode'] =>
  state.clusterSettings.proxyMode ?? state.effectiveSettings?.proxyMode;
export const selectObjectFacts = (state: AppState): AppState['objectFacts'] => state.objectFacts;
export const selectSearchQuery = (state: AppState): string => state.searchQuery;
export const selectSearchCursor = (state: AppState): number => state.searchCursor;
export const selectSetSearchQuery = (state: AppState): AppState['setSearchQuery'] => state.setSearchQuery;
export const selectStepSearch = (state: AppState): AppState['stepSearch'] => state.stepSearch;
export const selectNamespaceSummaries = (state: AppState): AppState['namespaceSummaries'] => state.namespaceSummaries;
export const selectSetNamespaceExpanded = (state: AppState): AppState['setNamespaceExpanded'] => state.setNamespaceExpanded;
export const selectFoldEverything = (state: AppState): AppState['foldEverything'] => state.foldEverything;

// Share links, scenario files and examples (share slice).
export type { PendingView, ShareNotice } from './share-slice';
export { DEFAULT_SEED, scenarioOfExample, sourceIdOf } from './share-slice';
export const selectShareNotice = (state: AppState): AppState['shareNotice'] => state.shareNotice;
export const selectShowShareNotice = (state: AppState): AppState['showShareNotice'] => state.showShareNotice;
export const selectScenarioRequest = (state: AppState): AppState['scenarioRequest'] => state.scenarioRequest;
export const selectOpenExample = (state: AppState): AppState['openExample'] => state.openExample;
/** A node is selected: the what-if bar may be over the top of the canvas. */
export const selectHasSelection = (state: AppState): boolean => state.selectedNodeId !== null;

// The reader's language and theme (preferences slice).
export const selectLanguage = (state: AppState): AppState['language'] => state.language;
export const selectSetLanguage = (state: AppState): AppState['setLanguage'] => state.setLanguage;
export const selectTheme = (state: AppState): AppState['theme'] => state.theme;
export const selectSetTheme = (state: AppState): AppState['setTheme'] => state.setTheme;

// Lesson mode (lesson slice).
const NO_STEPS: readonly LessonStep[] = [];
export const selectLesson = (state: AppState): AppState['lesson'] => state.lesson;
export const selectLessonStepIndex = (state: AppState): number => state.lessonStepIndex;
/** The lesson's steps in the reader's language: switching language rewords the card without asking again. */
export const selectLessonSteps = (state: AppState): readonly LessonStep[] => (state.lesson.status === 'ready' ? state.lesson.steps[state.language] : NO_STEPS);
/** The manifests changed since the lesson was made: its narration is about the cluster before the edit. */
export const selectLessonIsStale = (state: AppState): boolean => state.lesson.status === 'ready' && state.lesson.text !== state.text;

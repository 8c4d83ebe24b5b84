import { useCallback } from 'react';
import type { Scenario } from '../../share';
import { selectFocusedTrace } from '../../store';
import { useRequestActions } from '../requests/use-request-actions';
import { toTraceSource } from '../requests/request-source';
import { useAppStoreApi } from '../store-context';
import { buildScenario } from './build-scenario';
import { canvasOf } from './canvas-handle';
import { viewCentreOf } from './view-centre';

/**
 * Returns a function that builds the scenario on screen now. The request is the one being watched (the
 * focused trace), else what the request panel would send; the view is where the canvas looks.
 */
export function useCurrentScenario(): () => Scenario {
  const store = useAppStoreApi();
  const actions = useRequestActions();
  const { source, target } = actions;
  return useCallback(() => {
    const state = store.getState();
    const focused = selectFocusedTrace(state)?.trace.request;
    const panelSource = toTraceSource(source);
    const request = focused
      ? { source: focused.source, target: focused.target }
      : panelSource && target !== ''
        ? { source: panelSource, target }
        : undefined;
    const canvas = canvasOf(store);
    const size = canvas?.size();
    const centre = canvas && size && size.width > 0 ? viewCentreOf(canvas.viewport(), size.width, size.height) : undefined;
    return buildScenario({
      text: state.text,
      clusterSettings: state.clusterSettings,
      effectiveSeed: state.effectiveSettings?.seed,
      request,
      showSystemObjects: state.view.showSystemObjects,
      centre,
      selected: state.selectedNodeId,
    });
  }, [store, source, target]);
}

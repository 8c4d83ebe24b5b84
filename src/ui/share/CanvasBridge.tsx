import { useReactFlow, useStoreApi, type InternalNode } from '@xyflow/react';
import { useEffect } from 'react';
import type { AppState, PendingView } from '../../store';
import { useAppStoreApi } from '../store-context';
import { registerCanvas, type FlowBox } from './canvas-handle';
import { viewportFor } from './view-centre';

/** Frames to wait for React Flow's own fit of a fresh graph before centring anyway. */
const MAX_WAIT_FRAMES = 60;
/**
 * Frames to let pass first: the canvas's resize hook fits the graph one frame after a resize, and its
 * observer fires after ours, so the shared view is applied on the frame after that.
 */
const SETTLE_FRAMES = 2;

function boxOf(node: InternalNode | undefined): FlowBox | undefined {
  if (!node || node.hidden) return undefined;
  const width = node.measured.width ?? node.width;
  const height = node.measured.height ?? node.height;
  if (width === undefined || height === undefined) return undefined;
  return { x: node.internals.positionAbsolute.x, y: node.internals.positionAbsolute.y, width, height };
}

/**
 * Rendered inside React Flow (it needs its provider); draws nothing. It registers the canvas for the share
 * and export dialogs, and applies a shared view once the shared graph is drawn. The view stays pinned
 * while the canvas changes size (the inspector opening for the shared selection narrows it, and the
 * canvas would otherwise fit the whole graph again) until the user pans, zooms or a newer graph comes.
 */
export function CanvasBridge() {
  const store = useAppStoreApi();
  const flow = useReactFlow();
  const flowStore = useStoreApi();

  useEffect(
    () =>
      registerCanvas(store, {
        element: () => flowStore.getState().domNode,
        viewport: () => flow.getViewport(),
        size: () => ({ width: flowStore.getState().width, height: flowStore.getState().height }),
        box: (id) => boxOf(flowStore.getState().nodeLookup.get(id)),
        centreOn: (centre) => {
          const { width, height } = flowStore.getState();
          void flow.setViewport(viewportFor(centre, width, height));
        },
      }),
    [store, flow, flowStore],
  );

  useEffect(() => {
    let pinned: { view: PendingView; revision: number } | null = null;
    let frame = 0;
    const centre = (frames: number): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const view = pinned?.view;
        if (!view) return;
        const { fitViewQueued, fitViewResolver, width, height } = flowStore.getState();
        const fitting = fitViewQueued || fitViewResolver !== null || width === 0 || height === 0;
        if (frames < SETTLE_FRAMES || (fitting && frames < MAX_WAIT_FRAMES)) centre(frames + 1);
        else void flow.setViewport(viewportFor(view, width, height));
      });
    };
    const unpin = (): void => {
      pinned = null;
    };
    const follow = (state: AppState): void => {
      const view = state.pendingView;
      if (view && state.graphRevision > view.afterRevision) {
        pinned = { view, revision: state.graphRevision };
        state.clearPendingView();
        centre(0);
      } else if (pinned && state.graphRevision > pinned.revision) {
        unpin();
      }
    };
    const element = flowStore.getState().domNode;
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => pinned && centre(0));
    if (element) {
      observer?.observe(element);
      element.addEventListener('pointerdown', unpin, true);
      element.addEventListener('wheel', unpin, { capture: true, passive: true });
      element.addEventListener('keydown', unpin, true);
    }
    const unsubscribe = store.subscribe(follow);
    // The shared graph may have arrived before this effect ran.
    follow(store.getState());
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
      observer?.disconnect();
      element?.removeEventListener('pointerdown', unpin, true);
      element?.removeEventListener('wheel', unpin, true);
      element?.removeEventListener('keydown', unpin, true);
    };
  }, [store, flow, flowStore]);

  return null;
}

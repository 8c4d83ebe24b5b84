import type { AppStore } from '../../store';
import type { ViewCentre } from './view-centre';

/** A drawn node's box in flow coordinates (what the packet scene calls a Box). */
export interface FlowBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * What sharing and export need from the React Flow canvas, which lives behind its own provider: the drawn
 * element, where the view looks, and the boxes of drawn nodes. CanvasBridge (rendered inside React Flow)
 * registers it; the toolbar's dialogs read it from outside.
 */
export interface CanvasHandle {
  /** React Flow's wrapper element: what an export draws. */
  element(): HTMLDivElement | null;
  viewport(): { readonly x: number; readonly y: number; readonly zoom: number };
  /** The canvas's size in CSS pixels. */
  size(): { readonly width: number; readonly height: number };
  /** The box of the drawn node with this id, if it is drawn and measured. */
  box(id: string): FlowBox | undefined;
  centreOn(centre: ViewCentre): void;
}

const handles = new WeakMap<AppStore, CanvasHandle>();

export function registerCanvas(store: AppStore, handle: CanvasHandle): () => void {
  handles.set(store, handle);
  return () => {
    if (handles.get(store) === handle) handles.delete(store);
  };
}

export function canvasOf(store: AppStore): CanvasHandle | undefined {
  return handles.get(store);
}

import { useReactFlow, type FitViewOptions } from '@xyflow/react';
import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * Keeps the whole graph in view when the canvas changes size (window resize, projector switch, the error
 * banner appearing) — until the user pans or zooms; their view wins until the next graph arrives.
 * Returns the handler for React Flow's onMoveStart, whose event is null for programmatic moves.
 */
export function useAutoFit(
  container: RefObject<HTMLElement | null>,
  graphRevision: number,
  options: FitViewOptions,
): (event: MouseEvent | TouchEvent | null) => void {
  const { fitView } = useReactFlow();
  const userMoved = useRef(false);

  useEffect(() => {
    userMoved.current = false;
  }, [graphRevision]);

  useEffect(() => {
    const element = container.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      if (userMoved.current) return;
      cancelAnimationFrame(frame);
      // After React Flow has seen the new size itself.
      frame = requestAnimationFrame(() => void fitView(options));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [container, fitView, options]);

  return useCallback((event) => {
    if (event) userMoved.current = true;
  }, []);
}

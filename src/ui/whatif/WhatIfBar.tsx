import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectApplyWhatIf, selectGraph, selectObjectFacts, selectSelectedNodeId, selectStacks, selectView, selectWhatIfNotice } from '../../store';
import { useAppStore, useAppStoreApi } from '../store-context';
import { FoldControls } from './FoldControls';
import { PodControls } from './PodControls';
import { ScaleControl } from './ScaleControl';
import { ServiceControls } from './ServiceControls';
import { focusNodeElement, isActionsKey, nodeIdOfEvent } from './whatif-keys';
import { foldActionsFor, whatIfTargetFor } from './whatif-actions';
import { kindTitle } from '../canvas/kind-titles';
import './whatif.css';

/**
 * Small actions for the selected node: the what-ifs, each an edit of the manifests text. The bar sits at the
 * top of the canvas, not on the node: a bar floating by a node is clipped at the canvas edges (the canvas
 * is narrow beside the requests panel and inspector) and would follow every pan frame. The node keeps its
 * selection outline, and the bar names it. Keyboard: on a focused node, Shift+F10 or the context-menu key
 * (or a right click) selects it and moves focus here; Escape goes back to the node.
 */
export function WhatIfBar() {
  const { t } = useTranslation('whatif');
  const { t: tCanvas } = useTranslation('canvas');
  const store = useAppStoreApi();
  const selectedId = useAppStore(selectSelectedNodeId);
  const graph = useAppStore(selectGraph);
  const facts = useAppStore(selectObjectFacts);
  const stacks = useAppStore(selectStacks);
  const apply = useAppStore(selectApplyWhatIf);
  const view = useAppStore(selectView);
  const busy = useAppStore(selectWhatIfNotice)?.tone === 'busy';
  const bar = useRef<HTMLDivElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  const node = useMemo(() => graph?.nodes.find((n) => n.id === selectedId), [graph, selectedId]);
  const target = useMemo(() => whatIfTargetFor(node, facts, stacks, graph?.nodes ?? []), [node, facts, stacks, graph]);
  const fold = useMemo(() => foldActionsFor(node, facts, view), [node, facts, view]);

  useEffect(() => {
    const open = (event: Event, id: string): void => {
      event.preventDefault();
      store.getState().select(id);
      setFocusRequest((n) => n + 1);
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      const id = nodeIdOfEvent(event);
      if (id !== null && isActionsKey(event)) open(event, id);
    };
    const onContextMenu = (event: MouseEvent): void => {
      const id = nodeIdOfEvent(event);
      if (id !== null) open(event, id);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('contextmenu', onContextMenu);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('contextmenu', onContextMenu);
    };
  }, [store]);

  useEffect(() => {
    if (focusRequest === 0) return;
    // After React drew the bar for the node just selected.
    const frame = requestAnimationFrame(() =>
      bar.current?.querySelector<HTMLElement>('button:not(:disabled), select:not(:disabled), input:not(:disabled)')?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, [focusRequest, target]);

  if (!selectedId || !node || (!target && !fold.restack && fold.refold === undefined)) return null;
  const title = target?.type === 'stack' ? t('stackOnNode', { workload: target.stack.workload.name, node: target.stack.nodeName ?? t('noNode') }) : node.label;
  const kind = stacks[node.id] ? t('pods') : kindTitle(node.kind, tCanvas);

  return (
    <div
      ref={bar}
      role="toolbar"
      aria-label={t('toolbar', { title })}
      aria-busy={busy}
      className="whatif-bar nodrag nopan"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        focusNodeElement(selectedId);
      }}
    >
      <span className="whatif-title" aria-hidden="true">
        <span className="whatif-caption">{t('caption')}</span>
        <span className="whatif-object">
          {kind} {title}
        </span>
      </span>
      {target?.type === 'scale' ? <ScaleControl facts={target.facts} busy={busy} apply={(edit) => void apply(edit)} /> : null}
      {target?.type === 'pod' ? <PodControls facts={target.facts} busy={busy} apply={(edit) => void apply(edit)} /> : null}
      {target?.type === 'service' ? <ServiceControls facts={target.facts} busy={busy} apply={(edit) => void apply(edit)} /> : null}
      {target?.type === 'stack' && target.scale ? <ScaleControl facts={target.scale} busy={busy} apply={(edit) => void apply(edit)} /> : null}
      <FoldControls target={target} fold={fold} />
    </div>
  );
}

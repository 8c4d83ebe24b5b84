import { exampleIdOfManifests } from '../../examples';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectFocusedTrace, selectGraph } from '../../store';
import { canvasOf } from '../share/canvas-handle';
import { MenuButton } from '../share/MenuButton';
import { useAppStore, useAppStoreApi } from '../store-context';
import { downloadBlob } from './download';
import { imagePixelRatio } from './export-classes';
import { exportMessageText, failureOf, type ExportMessage } from './export-message';
import { exportFileName, subjectName } from './export-name';
import { RecordingDialog } from './RecordingDialog';
import { packetPainter, playbackNow } from './packet-layer';
import { recordJourney } from './record-video';
import { graphPng, graphSvg } from './render-graph';

type Format = 'png' | 'svg' | 'webm';

/** Long enough to read the file name and size; the message is also announced as it appears. */
const MESSAGE_MS = 8000;

/** Export ▾: the graph as PNG or SVG, the watched request as a WebM video. Says what it saved, or why not. */
export function ExportMenu() {
  const { t } = useTranslation('export');
  const store = useAppStoreApi();
  const focused = useAppStore(selectFocusedTrace);
  const graph = useAppStore(selectGraph);
  const [message, setMessage] = useState<ExportMessage | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const recording = useRef<AbortController | null>(null);

  useEffect(() => {
    if (message === null || message.type === 'exporting') return;
    const timer = setTimeout(() => setMessage(null), MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [message]);

  const run = async (format: Format): Promise<void> => {
    const canvas = canvasOf(store);
    const element = canvas?.element();
    if (!canvas || !element) return setMessage({ type: 'no-canvas' });
    const state = store.getState();
    const name = exportFileName(
      subjectName(
        state.graph,
        selectFocusedTrace(state)?.trace.service,
        exampleIdOfManifests(state.text, { ...state.effectiveSettings, ...state.clusterSettings }) ?? undefined,
      ),
      format,
    );
    const started = performance.now();
    setMessage({ type: 'exporting' });
    try {
      let blob: Blob;
      if (format === 'webm') {
        const controller = new AbortController();
        recording.current = controller;
        setProgress(0);
        blob = (await recordJourney({ store, canvas, signal: controller.signal, onProgress: setProgress })).blob;
      } else {
        const ratio = imagePixelRatio(globalThis.devicePixelRatio);
        // The packets as they stand now (paused mid-flight: with the hop's label), painted at the PNG's size.
        const layer = (): HTMLCanvasElement => packetPainter(state, canvas, state.packets, { ...canvas.size(), pixelRatio: ratio }).paint(playbackNow(state));
        blob = format === 'png' ? await graphPng(element, ratio, layer) : await graphSvg(element);
      }
      downloadBlob(blob, name);
      setMessage({ type: 'saved', fileName: name, bytes: blob.size, ms: performance.now() - started });
    } catch (error) {
      setMessage(failureOf(error));
    } finally {
      recording.current = null;
      setProgress(null);
    }
  };

  return (
    <>
      <MenuButton
        label={t('menu')}
        items={[
          { id: 'png', label: t('png'), hint: t('pngHint'), disabled: graph === null, onSelect: () => void run('png') },
          { id: 'svg', label: t('svg'), hint: t('svgHint'), disabled: graph === null, onSelect: () => void run('svg') },
          { id: 'webm', label: t('video'), hint: focused ? t('videoHint') : t('videoNeedsRequest'), disabled: !focused, onSelect: () => void run('webm') },
        ]}
      />
      <span role="status" className="toolbar-status">
        {message === null ? '' : exportMessageText(message, t)}
      </span>
      {progress !== null ? <RecordingDialog progress={progress} onCancel={() => recording.current?.abort()} /> : null}
    </>
  );
}

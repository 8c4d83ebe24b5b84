import { useEffect, useId, useState } from 'react';
import { embedUrlFor } from '../../app-url/app-url';
import type { Scenario } from '../../share';
import { copyText } from '../inspector/clipboard';
import { iframeSnippet } from './build-scenario';
import { Dialog } from './Dialog';
import { LinkProblem } from './LinkProblem';
import { downloadScenarioFile, makeShareLink, type ShareLinkState } from './share-link';
import { SHARE_STRINGS as S } from './strings';

interface EmbedDialogProps {
  readonly scenario: Scenario;
  /** The frame's default title: what the scenario shows. */
  readonly defaultTitle: string;
  readonly onClose: () => void;
}

/** The player's smallest useful size: below it the controls no longer fit beside the graph. */
const MIN_SIZE = { width: 320, height: 240 } as const;

export function EmbedDialog({ scenario, defaultTitle, onClose }: EmbedDialogProps) {
  const ids = { width: useId(), height: useId(), autoplay: useId(), loop: useId(), title: useId(), code: useId() };
  const [link, setLink] = useState<ShareLinkState>({ type: 'making' });
  const [width, setWidth] = useState(720);
  const [height, setHeight] = useState(480);
  const [autoplay, setAutoplay] = useState(true);
  const [loop, setLoop] = useState(false);
  const [title, setTitle] = useState(defaultTitle);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    let live = true;
    void makeShareLink(window.location.href, scenario).then((state) => live && setLink(state));
    return () => {
      live = false;
    };
  }, [scenario]);

  const shareUrl = link.type === 'done' && link.result.ok ? link.result.url : null;
  const snippet =
    shareUrl === null
      ? ''
      : iframeSnippet({ src: embedUrlFor(shareUrl, { autoplay, loop }), width: Math.max(MIN_SIZE.width, width), height: Math.max(MIN_SIZE.height, height), title });

  return (
    <Dialog title={S.embedTitle} onClose={onClose} className="embed-dialog">
      <p className="dialog-text">{S.embedIntro}</p>
      {link.type === 'making' ? <p role="status">{S.making}</p> : null}
      <LinkProblem link={link} />
      {shareUrl !== null ? (
        <>
          <div className="dialog-row">
            <div className="dialog-field dialog-number">
              <label htmlFor={ids.width}>{S.embedWidth}</label>
              <input id={ids.width} type="number" min={MIN_SIZE.width} max={3840} step={10} value={width} onChange={(e) => setWidth(e.target.valueAsNumber || MIN_SIZE.width)} />
            </div>
            <div className="dialog-field dialog-number">
              <label htmlFor={ids.height}>{S.embedHeight}</label>
              <input id={ids.height} type="number" min={MIN_SIZE.height} max={2160} step={10} value={height} onChange={(e) => setHeight(e.target.valueAsNumber || MIN_SIZE.height)} />
            </div>
            <label className="dialog-check">
              <input type="checkbox" checked={autoplay} onChange={(e) => setAutoplay(e.target.checked)} />
              {S.embedAutoplay}
            </label>
            <label className="dialog-check">
              <input type="checkbox" checked={autoplay && loop} disabled={!autoplay} onChange={(e) => setLoop(e.target.checked)} />
              {S.embedLoop}
            </label>
          </div>
          <div className="dialog-field">
            <label htmlFor={ids.title}>{S.embedFrameTitle}</label>
            <input id={ids.title} type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
          </div>
          <div className="dialog-field">
            <label htmlFor={ids.code}>{S.embedCode}</label>
            <textarea id={ids.code} className="is-code" readOnly rows={4} value={snippet} spellCheck={false} onFocus={(event) => event.currentTarget.select()} />
          </div>
          <div className="dialog-actions">
            <button type="button" className="dialog-primary" onClick={() => void copyText(snippet).then((ok) => setCopied(ok ? 'copied' : 'failed'))}>
              {S.copyCode}
            </button>
            <span role="status" className="dialog-status">
              {copied === 'copied' ? S.copied : copied === 'failed' ? S.copyFailed : ''}
            </span>
          </div>
        </>
      ) : null}
      <div className="dialog-actions dialog-foot">
        {link.type === 'done' && !link.result.ok ? (
          <button type="button" onClick={() => downloadScenarioFile(scenario)}>
            {S.downloadFile}
          </button>
        ) : null}
        <button type="button" onClick={onClose}>
          {S.close}
        </button>
      </div>
    </Dialog>
  );
}

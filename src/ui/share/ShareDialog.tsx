import { useEffect, useId, useState } from 'react';
import type { Scenario } from '../../share';
import { copyText } from '../inspector/clipboard';
import { Dialog } from './Dialog';
import { LinkProblem } from './LinkProblem';
import { downloadScenarioFile, makeShareLink, type ShareLinkState } from './share-link';
import { linkLength, SHARE_STRINGS as S } from './strings';

interface ShareDialogProps {
  readonly scenario: Scenario;
  readonly onClose: () => void;
}

/** The link to this scenario, its length, and a copy button; a file instead when the link is too long. */
export function ShareDialog({ scenario, onClose }: ShareDialogProps) {
  const inputId = useId();
  const [link, setLink] = useState<ShareLinkState>({ type: 'making' });
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    let live = true;
    void makeShareLink(window.location.href, scenario).then((state) => live && setLink(state));
    return () => {
      live = false;
    };
  }, [scenario]);

  const url = link.type === 'done' && link.result.ok ? link.result.url : null;
  return (
    <Dialog title={S.shareTitle} onClose={onClose}>
      <p className="dialog-text">{S.shareIntro}</p>
      {link.type === 'making' ? <p role="status">{S.making}</p> : null}
      {url !== null && link.type === 'done' && link.result.ok ? (
        <>
          <div className="dialog-field">
            <label htmlFor={inputId}>{S.linkLabel}</label>
            <input id={inputId} className="is-code" type="text" readOnly value={url} spellCheck={false} onFocus={(event) => event.currentTarget.select()} aria-describedby={`${inputId}-length`} />
            <span id={`${inputId}-length`} className="dialog-hint">
              {linkLength(link.result.length)}. {S.replayNote}
            </span>
          </div>
          <div className="dialog-actions">
            <button type="button" className="dialog-primary" onClick={() => void copyText(url).then((ok) => setCopy(ok ? 'copied' : 'failed'))}>
              {S.copyLink}
            </button>
            <span role="status" className="dialog-status">
              {copy === 'copied' ? S.copied : copy === 'failed' ? S.copyFailed : ''}
            </span>
          </div>
        </>
      ) : null}
      <LinkProblem link={link} />
      <div className="dialog-actions dialog-foot">
        <button type="button" onClick={() => downloadScenarioFile(scenario)} disabled={link.type === 'failed'}>
          {S.downloadFile}
        </button>
        <button type="button" onClick={onClose}>
          {S.close}
        </button>
      </div>
    </Dialog>
  );
}

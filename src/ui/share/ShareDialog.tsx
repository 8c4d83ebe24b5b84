import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../share';
import { Dialog } from './Dialog';
import { LinkProblem } from './LinkProblem';
import { CopyAction } from './CopyAction';
import { downloadScenarioFile } from './share-link';
import { useShareLink } from './use-share-link';

interface ShareDialogProps {
  readonly scenario: Scenario;
  readonly onClose: () => void;
}

/** The link to this scenario, its length, and a copy button; a file instead when the link is too long. */
export function ShareDialog({ scenario, onClose }: ShareDialogProps) {
  const { t } = useTranslation('share');
  const inputId = useId();
  const link = useShareLink(scenario);

  const url = link.type === 'done' && link.result.ok ? link.result.url : null;
  return (
    <Dialog title={t('shareTitle')} onClose={onClose}>
      <p className="dialog-text">{t('shareIntro')}</p>
      {link.type === 'making' ? <p role="status">{t('making')}</p> : null}
      {url !== null && link.type === 'done' && link.result.ok ? (
        <>
          <div className="dialog-field">
            <label htmlFor={inputId}>{t('linkLabel')}</label>
            <input
              id={inputId}
              className="is-code"
              type="text"
              readOnly
              value={url}
              spellCheck={false}
              onFocus={(event) => event.currentTarget.select()}
              aria-describedby={`${inputId}-length`}
            />
            <span id={`${inputId}-length`} className="dialog-hint">
              {t('linkHint', { count: link.result.length })}
            </span>
          </div>
          <CopyAction text={url} label={t('copyLink')} />
        </>
      ) : null}
      <LinkProblem link={link} />
      <div className="dialog-actions dialog-foot">
        <button type="button" onClick={() => downloadScenarioFile(scenario)} disabled={link.type === 'failed'}>
          {t('downloadFile')}
        </button>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Dialog>
  );
}

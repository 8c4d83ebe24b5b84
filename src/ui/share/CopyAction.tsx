import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../inspector/clipboard';

/** A dialog's main action: copy `text`, then say whether it worked beside the button. */
export function CopyAction({ text, label }: { readonly text: string; readonly label: string }) {
  const { t } = useTranslation('share');
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div className="dialog-actions">
      <button type="button" className="dialog-primary" onClick={() => void copyText(text).then((ok) => setCopy(ok ? 'copied' : 'failed'))}>
        {label}
      </button>
      <span role="status" className="dialog-status">
        {copy === 'copied' ? t('copied') : copy === 'failed' ? t('copyFailed') : ''}
      </span>
    </div>
  );
}

import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import './share.css';

interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
  /** Called on close before focus moves, e.g. to cancel work the dialog started. */
  readonly onCancel?: () => void;
}

/**
 * A real modal dialog: the platform's <dialog> opened with showModal(), so it has the dialog role, the rest
 * of the page is inert (focus stays inside), and Escape closes it. Focus goes back to what had it before.
 * Rendered into the body, so it inherits nothing from where it was opened (the dark header's colours).
 */
export function Dialog({ title, onClose, children, className, onCancel }: DialogProps) {
  const { t } = useTranslation('share');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  const cancel = useRef(onCancel);
  useEffect(() => {
    close.current = onClose;
    cancel.current = onCancel;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const onClosed = (): void => {
      cancel.current?.();
      close.current();
    };
    dialog.addEventListener('close', onClosed);
    return () => {
      dialog.removeEventListener('close', onClosed);
      if (dialog.open) dialog.close();
      // The opener may be a menu item that is gone: the caller's trigger is focused by the menu instead.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return createPortal(
    <dialog ref={ref} className={`share-dialog${className ? ` ${className}` : ''}`} aria-labelledby={titleId}>
      <div className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="dialog-close" aria-label={t('closeDialog')} onClick={() => ref.current?.close()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {children}
    </dialog>,
    document.body,
  );
}

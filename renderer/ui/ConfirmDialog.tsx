import { useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { Button } from './Button';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  /** Prefix of the dialog's element ids ("visit-end" → visit-end-title, visit-end-text). */
  id: string;
  title: string;
  /** What leaving would lose or stop, said in one or two sentences. */
  text: string;
  /** The safe choice: nothing lost ("Continuer ma visite"). */
  keepLabel: string;
  /** The choice that loses or stops something ("Terminer quand même"). */
  leaveLabel: string;
  onKeep(): void;
  onLeave(): void;
}

/**
 * A question asked before something is lost or stopped ("Terminer" with work not sent, "Non" to
 * « Cherchez-vous un emploi ? »). The safe choice has the focus, so that Enter by reflex throws
 * nothing away, and Escape is that choice too. The page behind can be neither read nor reached
 * while the question is asked.
 */
export function ConfirmDialog({
  id,
  title,
  text,
  keepLabel,
  leaveLabel,
  onKeep,
  onLeave,
}: ConfirmDialogProps) {
  const keep = useRef<HTMLButtonElement>(null);
  // A layout effect, so the page is usable again before the dialog hands the focus back.
  useLayoutEffect(() => {
    const page = document.querySelector<HTMLElement>('.kiosk-page');
    if (page) page.inert = true;
    return () => {
      if (page) page.inert = false;
    };
  }, []);
  return createPortal(
    <Dialog
      role="alertdialog"
      title={title}
      titleId={`${id}-title`}
      descriptionId={`${id}-text`}
      initialFocus={keep}
      onEscape={onKeep}
      actions={
        <div className="kiosk-form-actions">
          <Button ref={keep} onClick={onKeep}>
            {keepLabel}
          </Button>
          <Button priority="secondary" onClick={onLeave}>
            {leaveLabel}
          </Button>
        </div>
      }
    >
      <p id={`${id}-text`} className="fr-text--lead">
        {text}
      </p>
    </Dialog>,
    document.body,
  );
}

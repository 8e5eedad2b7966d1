import { useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { UnsentWork } from '../../store';
import { Button, Dialog } from '../../ui';

/** "Terminer" while something is not sent: says what would be lost, one tap to end anyway. */
export function ConfirmEndDialog({
  work,
  onConfirm,
  onCancel,
}: {
  work: UnsentWork;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  // The safe choice has the focus: Enter by reflex must not throw the person's work away.
  const keepGoing = useRef<HTMLButtonElement>(null);
  // The page behind can be neither read nor reached while the question is asked. A layout effect,
  // so the page is usable again before the dialog hands the focus back.
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
      title={t('visit.confirmEnd.title')}
      titleId="visit-end-title"
      descriptionId="visit-end-text"
      initialFocus={keepGoing}
      onEscape={onCancel}
      actions={
        <div className="kiosk-form-actions">
          <Button ref={keepGoing} onClick={onCancel}>
            {t('visit.confirmEnd.keepGoing')}
          </Button>
          <Button priority="secondary" onClick={onConfirm}>
            {t('visit.confirmEnd.confirm')}
          </Button>
        </div>
      }
    >
      <p id="visit-end-text" className="fr-text--lead">
        {t(`visit.confirmEnd.${work}`)}
      </p>
    </Dialog>,
    document.body,
  );
}

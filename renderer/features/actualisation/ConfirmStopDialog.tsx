import { useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useKioskStore } from '../../store';
import { Button, Dialog } from '../../ui';

/** "Non" to "still looking for a job?" stops the registration: say so, and ask once more. */
export function ConfirmStopDialog(props: { onConfirm(): void; onCancel(): void }) {
  // The idle warning takes over the screen; this question comes back once it is dismissed.
  const idle = useKioskStore((s) => s.idleWarning !== null);
  return idle ? null : <ConfirmStopDialogContent {...props} />;
}

function ConfirmStopDialogContent({
  onConfirm,
  onCancel,
}: {
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  // The safe choice has the focus: Enter by reflex must not stop a registration.
  const cancel = useRef<HTMLButtonElement>(null);
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
      title={t('actualisation.stop.title')}
      titleId="actu-stop-title"
      descriptionId="actu-stop-text"
      initialFocus={cancel}
      onEscape={onCancel}
      actions={
        <div className="kiosk-form-actions">
          <Button ref={cancel} onClick={onCancel}>
            {t('actualisation.stop.cancel')}
          </Button>
          <Button priority="secondary" onClick={onConfirm}>
            {t('actualisation.stop.confirm')}
          </Button>
        </div>
      }
    >
      <p id="actu-stop-text" className="fr-text--lead">
        {t('actualisation.stop.text')}
      </p>
    </Dialog>,
    document.body,
  );
}

import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useKioskStore } from '../../store';
import { Button, Dialog } from '../../ui';

const sections = ['what', 'codes', 'truth', 'data', 'terminal', 'contact'] as const;

/**
 * « Lire les conditions », beside every CGU checkbox: the text opens in a dialog, so nobody is
 * asked to accept conditions they cannot read. Closing it leaves the checkbox as it was.
 */
export function CguReader() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        priority="tertiary"
        icon="fr-icon-eye-line"
        onClick={() => setOpen(true)}
        nativeProps={{ 'aria-haspopup': 'dialog' }}
      >
        {t('access.cgu.read')}
      </Button>
      {open && <CguDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function CguDialog({ onClose }: { onClose(): void }) {
  // The idle warning takes over the screen; the text comes back once it is dismissed.
  const idle = useKioskStore((s) => s.idleWarning !== null);
  return idle ? null : <CguDialogContent onClose={onClose} />;
}

function CguDialogContent({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const close = useRef<HTMLButtonElement>(null);
  // The page behind can be neither read nor reached while the dialog is open. A layout effect,
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
      title={t('access.cgu.title')}
      titleId="cgu-title"
      descriptionId="cgu-text"
      initialFocus={close}
      onEscape={onClose}
      actions={
        <div className="kiosk-form-actions">
          <Button ref={close} onClick={onClose}>
            {t('access.cgu.close')}
          </Button>
        </div>
      }
    >
      <div id="cgu-text">
        {sections.map((id) => (
          <p key={id}>{t(`access.cgu.sections.${id}`)}</p>
        ))}
      </div>
    </Dialog>,
    document.body,
  );
}

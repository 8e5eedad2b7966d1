import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog } from '../../ui';

/** "Votre CV pourrait obtenir un meilleur score": Compléter / Ignorer et continuer. */
export function GaugeDialog({
  percent,
  onComplete,
  onIgnore,
}: {
  percent: number;
  onComplete(): void;
  onIgnore(): void;
}) {
  const { t } = useTranslation();
  const first = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      title={t('cv.popin.title')}
      titleId="cv-popin-title"
      descriptionId="cv-popin-text"
      initialFocus={first}
      onEscape={onComplete}
      actions={
        <div className="kiosk-form-actions">
          <Button ref={first} onClick={onComplete}>
            {t('cv.popin.complete')}
          </Button>
          <Button priority="secondary" onClick={onIgnore}>
            {t('cv.popin.ignore')}
          </Button>
        </div>
      }
    >
      <div id="cv-popin-text">
        <p>{t('cv.popin.percent', { percent })}</p>
        <p>{t('cv.popin.text')}</p>
      </div>
    </Dialog>
  );
}

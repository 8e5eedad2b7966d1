import { useTranslation } from 'react-i18next';
import { ScreenHeading, useDocumentTitle } from '../../ui';

/** Shown for the instant between the end of a visit and the wipe reload (browser mode). */
export function EndingScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { screen: t('ending.documentTitle') }));
  return (
    <div className="kiosk-welcome">
      <ScreenHeading>{t('ending.title')}</ScreenHeading>
      <p className="fr-text--lead">{t('ending.text')}</p>
    </div>
  );
}

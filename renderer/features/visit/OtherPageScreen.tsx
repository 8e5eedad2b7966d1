import { useTranslation } from 'react-i18next';
import { ScreenHeading, useDocumentTitle } from '../../ui';

/** A second page on the kiosk's address (browser mode): told why it can do nothing. */
export function OtherPageScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { screen: t('otherPage.documentTitle') }));
  return (
    <div className="kiosk-welcome">
      <ScreenHeading>{t('otherPage.title')}</ScreenHeading>
      <p className="fr-text--lead">{t('otherPage.text')}</p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { ScreenHeading, useDocumentTitle } from '../../ui';
import styles from './outOfService.module.css';

/**
 * IT put the terminal out of service: a calm screen that says so and where to go instead, with
 * nothing to touch (no visit can start until the terminal is back in service).
 */
export function OutOfServiceScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { screen: t('outOfService.documentTitle') }));
  return (
    <div className={`kiosk-welcome ${styles.screen}`}>
      <ScreenHeading>{t('outOfService.title')}</ScreenHeading>
      <p className="fr-text--lead">{t('outOfService.text')}</p>
      <p className={styles.elsewhere}>{t('outOfService.elsewhere')}</p>
      <p>{t('outOfService.otherTerminal')}</p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import styles from './language.module.css';

/**
 * Documents from main (receipts, CVs, letters) are official and printed in French whatever the
 * screen's language: outside French, the screen that prints or shows them says so.
 */
export function PrintedInFrench() {
  const { t, i18n } = useTranslation();
  if (i18n.language === 'fr') return null;
  return <p className={styles.printedInFrench}>{t('language.printedInFrench')}</p>;
}

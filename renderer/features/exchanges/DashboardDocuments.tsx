import { useTranslation } from 'react-i18next';
import styles from './exchanges.module.css';
import { SentDocuments } from './SentDocuments';
import { useSentDocuments } from './useExchanges';

/** On the dashboard: the latest documents sent and their status (nothing when there are none). */
export function DashboardDocuments() {
  const { t } = useTranslation();
  const documents = useSentDocuments();
  if (!documents || documents.length === 0) return null;
  return (
    <section aria-labelledby="dash-documents" className={styles.section}>
      <h2 id="dash-documents" className="fr-h4">
        {t('documents.dashboard.title')}
      </h2>
      <SentDocuments documents={documents} limit={3} />
    </section>
  );
}

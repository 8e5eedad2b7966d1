import { useTranslation } from 'react-i18next';
import { useKioskQuery } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Badge, Button, StatusMessage } from '../../ui';
import { formatDate } from './format';
import styles from './exchanges.module.css';

const severity = { envoyee: 'success', en_cours: 'new', offre_fermee: 'info' } as const;

/**
 * « Mes candidatures »: the offers the person applied to, newest first, each with its date and
 * status; one still in the terminal's outbox shows « En cours d'envoi ».
 */
export function Applications() {
  const { t, i18n } = useTranslation();
  const goTo = useKioskStore((s) => s.goTo);
  const { result } = useKioskQuery('offres.applications', {});
  return (
    <section aria-labelledby="ex-applications" className={styles.section}>
      <h2 id="ex-applications" className="fr-h4">
        {t('offres.applications.title')}
      </h2>
      {!result && <StatusMessage message={t('documents.exchanges.loading')} />}
      {result && !result.ok && (
        <Alert severity="error" message={t(`errors.${result.error.code}`)} />
      )}
      {result?.ok && result.value.candidatures.length === 0 && (
        <p>{t('offres.applications.empty')}</p>
      )}
      {result?.ok && result.value.candidatures.length > 0 && (
        <ul className="kiosk-cards">
          {result.value.candidatures.map((c) => (
            <li key={c.reference} className="kiosk-card" data-reference={c.reference}>
              <div className="kiosk-card__body">
                <p className="kiosk-card__title" lang="fr">
                  {c.title}
                </p>
                {(c.employer || c.commune) && (
                  <p lang="fr">
                    {[c.employer ?? t('offres.detail.anonymous'), c.commune]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                )}
                <p className="kiosk-card__meta">
                  {t('offres.applications.sentOn', { date: formatDate(c.sentAt, i18n.language) })} ·{' '}
                  <span dir="ltr">
                    {t('offres.applications.reference', { reference: c.reference })}
                  </span>
                </p>
              </div>
              <div className="kiosk-card__aside">
                <Badge severity={severity[c.status]}>
                  {t(`offres.applications.statuses.${c.status}`)}
                </Badge>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Button priority="secondary" icon="fr-icon-search-line" onClick={() => goTo('offres')}>
        {t('offres.applications.find')}
      </Button>
    </section>
  );
}

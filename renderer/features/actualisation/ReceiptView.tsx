import { useTranslation } from 'react-i18next';
import type { Declaration } from '../../../shared/contract';
import { useKioskStore } from '../../store';
import { AnswerList } from './AnswerList';
import { dateTimeLabel, periodLabel } from './format';
import styles from './actualisation.module.css';

/** The receipt on screen: the same content as the printed PDF, for those who only want to read it. */
export function ReceiptView({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation();
  const profile = useKioskStore((s) => s.profile);
  return (
    <section className={styles.receipt} aria-labelledby="actu-receipt-title">
      <h2 id="actu-receipt-title" className="fr-h5">
        {t('actualisation.receipt.title', { period: periodLabel(declaration.period) })}
      </h2>
      <DeclarationFacts declaration={declaration} />
      {profile && (
        <p>{t('actualisation.receipt.holder', { prenom: profile.prenom, nom: profile.nom })}</p>
      )}
      <h3 className="fr-h6">{t('actualisation.receipt.answers')}</h3>
      <AnswerList answers={declaration.answers} />
    </section>
  );
}

/** Reference, date and delivery status of a declaration. */
export function DeclarationFacts({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation();
  const status =
    declaration.status === 'sent'
      ? t('actualisation.done.statusSent')
      : t('actualisation.done.statusQueued');
  return (
    <ul className={styles.facts}>
      <li className="fr-text--bold">
        {t('actualisation.done.reference', { reference: declaration.reference })}
      </li>
      <li>{t('actualisation.done.date', { date: dateTimeLabel(declaration.submittedAt) })}</li>
      <li>{t('actualisation.done.status', { status })}</li>
    </ul>
  );
}

import { useTranslation } from 'react-i18next';
import type { Payment } from '../../../shared/contract/paiements';
import { formatDay, formatEuros, formatMonth } from './format';
import styles from './paiements.module.css';

/**
 * The payments of the last 12 months as a table, and the latest one said in a sentence: a table of
 * figures is hard to read for many, the sentence says what each figure is.
 */
export function PaymentHistory({
  payments,
  paidToLast4,
}: {
  payments: Payment[];
  paidToLast4: string | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const euros = (c: number) => formatEuros(c, lang);
  const latest = payments[0];
  return (
    <section aria-labelledby="pay-history" className={styles.section}>
      <h2 id="pay-history" className="fr-h4">
        {t('paiements.history.title')}
      </h2>
      {!latest ? (
        <p>{t('paiements.history.none')}</p>
      ) : (
        <>
          <p>
            {t('paiements.history.sentence', {
              period: formatMonth(latest.period, lang),
              days: latest.days,
              gross: euros(latest.grossCentimes),
              deductions: euros(latest.deductionsCentimes),
              net: euros(latest.netCentimes),
              date: formatDay(latest.paidOn, lang),
            })}
          </p>
          {paidToLast4 && <p>{t('paiements.history.account', { last4: paidToLast4 })}</p>}
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <caption className="fr-sr-only">{t('paiements.history.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('paiements.history.period')}</th>
                  <th scope="col">{t('paiements.history.paidOn')}</th>
                  <th scope="col" className={styles.amount}>
                    {t('paiements.history.days')}
                  </th>
                  <th scope="col" className={styles.amount}>
                    {t('paiements.history.gross')}
                  </th>
                  <th scope="col" className={styles.amount}>
                    {t('paiements.history.deductions')}
                  </th>
                  <th scope="col" className={styles.amount}>
                    {t('paiements.history.net')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {payments.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{formatMonth(p.period, lang)}</th>
                    <td>{formatDay(p.paidOn, lang)}</td>
                    <td className={styles.amount}>{p.days}</td>
                    <td className={styles.amount}>{euros(p.grossCentimes)}</td>
                    <td className={styles.amount}>{euros(p.deductionsCentimes)}</td>
                    <td className={styles.amount}>{euros(p.netCentimes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

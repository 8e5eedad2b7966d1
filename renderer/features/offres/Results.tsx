import { useTranslation } from 'react-i18next';
import type { OfferSearch, OfferSort, OfferSummary } from '../../../shared/domain/offres';
import { offerSorts } from '../../../shared/domain/offres';
import { useKioskQuery } from '../../bridge';
import { Alert, Button, Select, StatusMessage, toDisplayDate } from '../../ui';
import { gaugeLevel, PAGE_SIZE } from './criteria';
import styles from './offres.module.css';

export interface ResultsProps {
  criteria: OfferSearch;
  sort: OfferSort;
  page: number;
  onSort(sort: OfferSort): void;
  onPage(page: number): void;
  onOpen(numero: string): void;
  onNewSearch(): void;
  /** « Recevoir ces offres par courriel », for a signed-in job seeker only. */
  onSubscribe?: () => void;
}

/** Exact offers, then close ones: counts, sort, one page of cards and big page buttons. */
export function Results({
  criteria,
  sort,
  page,
  onSort,
  onPage,
  onOpen,
  onNewSearch,
  onSubscribe,
}: ResultsProps) {
  const { t } = useTranslation();
  const query = useKioskQuery('offres.search', {
    ...criteria,
    tri: sort,
    page,
    parPage: PAGE_SIZE,
  });
  const results = query.result?.ok ? query.result.value : null;
  const newSearch = (
    <Button priority="secondary" icon="fr-icon-arrow-left-line" onClick={onNewSearch}>
      {t('offres.results.newSearch')}
    </Button>
  );
  if (query.result && !query.result.ok)
    return (
      <>
        <Alert
          severity="error"
          message={t(`errors.${query.result.error.code}`, { minutes: 0 })}
          focusOnShow
        />
        {newSearch}
      </>
    );
  if (!results) return <StatusMessage message={t('offres.searching')} />;
  const total = results.exactCount + results.closeCount;
  const closeStart = results.offres.findIndex((o) => o.match === 'close');
  return (
    <div className={styles.results} data-kiosk-busy={query.loading || undefined}>
      <div className={styles.toolbar}>
        <div className={styles.counts} role="status">
          {total === 0 ? (
            <p>{t('offres.results.none')}</p>
          ) : (
            <>
              <p className="fr-text--bold">
                {t('offres.results.exact', { count: results.exactCount })}
              </p>
              {results.closeCount > 0 && (
                <p>{t('offres.results.close', { count: results.closeCount })}</p>
              )}
              {results.truncated && <p>{t('offres.results.truncated')}</p>}
              {results.reference && (
                <p>{t('offres.results.reference', { commune: results.reference })}</p>
              )}
            </>
          )}
        </div>
        {total > 1 && (
          <Select
            id="offres-tri"
            label={t('offres.results.sort')}
            value={sort}
            onChange={(v) => onSort(v as OfferSort)}
            placeholder={t('offres.results.sort')}
            options={offerSorts
              .filter((s) => s !== 'distance' || results.reference)
              .map((s) => ({ value: s, label: t(`offres.results.sorts.${s}`) }))}
          />
        )}
      </div>
      {onSubscribe && total > 0 && (
        <p>
          <Button priority="secondary" icon="fr-icon-mail-line" onClick={onSubscribe}>
            {t('offres.alerts.subscribe')}
          </Button>
        </p>
      )}
      {results.offres.length > 0 && (
        <ul className={styles.list}>
          {results.offres.map((offer, i) => (
            <li key={offer.numero}>
              {i === 0 && offer.match === 'exact' && (
                <h2 className="fr-h5">{t('offres.results.exactHeading')}</h2>
              )}
              {i === closeStart && <h2 className="fr-h5">{t('offres.results.closeHeading')}</h2>}
              <OfferCard offer={offer} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
      {results.pageCount <= 1 && <div className={styles.paging}>{newSearch}</div>}
      {results.pageCount > 1 && (
        <nav
          className={styles.paging}
          aria-label={t('offres.results.page', { page: results.page, count: results.pageCount })}
        >
          {newSearch}
          <Button
            priority="secondary"
            icon="fr-icon-arrow-left-line"
            nativeProps={{ disabled: results.page <= 1 }}
            onClick={() => onPage(results.page - 1)}
          >
            {t('offres.results.previous')}
          </Button>
          <p aria-hidden="true">
            {t('offres.results.page', { page: results.page, count: results.pageCount })}
          </p>
          <Button
            icon="fr-icon-arrow-right-line"
            nativeProps={{ disabled: results.page >= results.pageCount }}
            onClick={() => onPage(results.page + 1)}
          >
            {t('offres.results.next')}
          </Button>
        </nav>
      )}
    </div>
  );
}

function OfferCard({ offer, onOpen }: { offer: OfferSummary; onOpen(numero: string): void }) {
  const { t } = useTranslation();
  const level = gaugeLevel(offer.relevance);
  return (
    <article
      className={offer.match === 'close' ? `${styles.card} ${styles.close}` : styles.card}
      data-match={offer.match}
    >
      <h3 className="fr-h6">
        <button type="button" className={styles.open} onClick={() => onOpen(offer.numero)}>
          {offer.title}
        </button>
      </h3>
      <p className={styles.facts}>
        <span>{offer.employer ?? t('offres.detail.anonymous')}</span>
        <span>
          {offer.commune} ({offer.departement})
          {offer.distanceKm !== null &&
            ` · ${
              offer.distanceKm === 0
                ? t('offres.results.sameTown')
                : t('offres.results.distance', { km: offer.distanceKm })
            }`}
        </span>
        <span>{t(`offres.contractShort.${offer.contract}`)}</span>
        <span>
          {t('offres.results.published', { date: toDisplayDate(offer.publishedAt.slice(0, 10)) })}
        </span>
      </p>
      <span
        className={styles.gauge}
        role="img"
        aria-label={t('offres.results.relevance', { level })}
      >
        {[1, 2, 3, 4].map((n) => (
          <span key={n} className={n <= level ? styles.on : undefined} />
        ))}
      </span>
    </article>
  );
}

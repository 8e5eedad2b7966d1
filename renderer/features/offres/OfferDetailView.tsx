import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferDetail } from '../../../shared/domain/offres';
import { useKioskCall, useKioskQuery } from '../../bridge';
import { Alert, Button, StatusMessage, toDisplayDate } from '../../ui';
import { OfferActions } from './OfferActions';
import styles from './offres.module.css';

/** One offer: what it is, where, the contract, the hours, the pay, what it asks, how to apply. */
export function OfferDetailView({
  numero,
  backLabel,
  onBack,
  saved = false,
  onApply,
}: {
  numero: string;
  backLabel: string;
  onBack(): void;
  /** Opened from the classeur: « Retirer de mon classeur » is offered. */
  saved?: boolean;
  onApply(offer: OfferDetail): void;
}) {
  const { t } = useTranslation();
  const query = useKioskQuery('offres.get', { numero });
  const print = useKioskCall('offres.print');
  // 'done', or the error code of a print that failed.
  const [printed, setPrinted] = useState<string | null>(null);
  const back = (
    <Button priority="secondary" icon="fr-icon-arrow-left-line" onClick={onBack}>
      {backLabel}
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
        {back}
      </>
    );
  if (!query.result) return <StatusMessage message={t('offres.detail.loading')} />;
  const offer = query.result.value;

  const doPrint = async () => {
    const result = await print.run({ numero });
    if (result) setPrinted(result.ok ? 'done' : result.error.code);
  };

  return (
    <article className={styles.detail}>
      <h2 className="fr-h3">{offer.title}</h2>
      <p>{t('offres.detail.number', { numero: offer.numero })}</p>
      <dl className={styles.factList}>
        {facts(offer, t).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {offer.salaryMin !== null && <p className="fr-text--sm">{t('offres.detail.salaryHelp')}</p>}
      {offer.skills.length > 0 && (
        <>
          <h3 className="fr-h5">{t('offres.detail.skills')}</h3>
          <ul>
            {offer.skills.map((skill) => (
              <li key={skill}>{skill}</li>
            ))}
          </ul>
        </>
      )}
      <h3 className="fr-h5">{t('offres.detail.description')}</h3>
      <p lang="fr">{offer.description}</p>
      <h3 className="fr-h5">{t('offres.detail.apply')}</h3>
      <p>{t(`offres.detail.applyMode.${offer.applyMode}`)}</p>
      {offer.applyContact && <p lang="fr">{offer.applyContact}</p>}
      <OfferActions offer={offer} initiallySaved={saved} onApply={() => onApply(offer)} />
      <StatusMessage
        tone={printed && printed !== 'done' ? 'error' : 'success'}
        message={
          printed === 'done'
            ? t('offres.detail.printed')
            : printed
              ? t(`errors.${printed}`, { minutes: 0 })
              : undefined
        }
      />
      <div className="kiosk-form-actions kiosk-form-actions--step">
        {back}
        <Button icon="fr-icon-printer-line" onClick={() => void doPrint()}>
          {t('offres.detail.print')}
        </Button>
      </div>
    </article>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function facts(offer: OfferDetail, t: T): Array<[string, string]> {
  const contract =
    offer.durationMonths === null
      ? t(`offres.contract.${offer.contract}`)
      : t('offres.detail.duration', {
          contract: t(`offres.contractShort.${offer.contract}`),
          count: offer.durationMonths,
        });
  const salary =
    offer.salaryMin === null
      ? t('offres.detail.salaryNone')
      : offer.salaryMax !== null && offer.salaryMax > offer.salaryMin
        ? t('offres.detail.salaryRange', { min: offer.salaryMin, max: offer.salaryMax })
        : t('offres.detail.salaryOne', { min: offer.salaryMin });
  return [
    [t('offres.detail.employer'), offer.employer ?? t('offres.detail.anonymous')],
    [t('offres.detail.place'), `${offer.commune} (${offer.departement})`],
    [t('offres.detail.contract'), contract],
    [
      t('offres.detail.hours'),
      t('offres.detail.hoursValue', {
        hours: offer.hoursPerWeek,
        time: t(`offres.workingTimes.${offer.workingTime}`).toLowerCase(),
      }),
    ],
    [t('offres.detail.salary'), salary],
    [
      t('offres.detail.experience'),
      offer.experienceYears === 0
        ? t('offres.detail.experienceNone')
        : t('offres.detail.experienceYears', { count: offer.experienceYears }),
    ],
    [t('offres.detail.published'), toDisplayDate(offer.publishedAt.slice(0, 10))],
  ];
}

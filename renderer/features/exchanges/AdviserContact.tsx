import { useTranslation } from 'react-i18next';
import type { Adviser } from '../../../shared/contract/documents';
import { ReviewList } from '../../ui';
import styles from './exchanges.module.css';

/** "Mon conseiller": name, agency, its full address (town included), phone, hours. */
export function AdviserContact({ adviser }: { adviser: Adviser | null }) {
  const { t } = useTranslation();
  if (!adviser) return <p>{t('documents.exchanges.noAdviser')}</p>;
  const town = [adviser.postalCode, adviser.town].filter(Boolean).join(' ');
  return (
    <div className={`kiosk-card ${styles.adviser}`}>
      <div className="kiosk-card__body">
        <p className="kiosk-card__title">{adviser.name}</p>
        <ReviewList
          rows={[
            [t('documents.exchanges.adviserAgency'), adviser.agency],
            [
              t('documents.exchanges.adviserAddress'),
              <>
                {adviser.address}
                {town && (
                  <>
                    <br />
                    {town}
                  </>
                )}
              </>,
            ],
            [t('documents.exchanges.adviserPhone'), adviser.phone],
            [t('documents.exchanges.adviserHours'), adviser.hours],
          ]}
        />
      </div>
    </div>
  );
}

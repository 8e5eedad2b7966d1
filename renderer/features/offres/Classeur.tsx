import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedOffer } from '../../../shared/domain/offres';
import { useKioskCall, useKioskQuery } from '../../bridge';
import { Alert, Button, StatusMessage, toDisplayDate } from '../../ui';
import styles from './offres.module.css';

/**
 * « Mon classeur d'offres »: the offers kept for later, newest first, each opened or removed.
 * An offer filled or withdrawn since leaves it, and this screen says so (the central API names
 * it once).
 */
export function Classeur({ onOpen, back }: { onOpen(numero: string): void; back: ReactNode }) {
  const { t } = useTranslation();
  const query = useKioskQuery('offres.classeur', {});
  const unsave = useKioskCall('offres.unsave');
  // Removed on this screen: gone from the list at once, whatever the list said before.
  const [removed, setRemoved] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  if (query.result && !query.result.ok)
    return (
      <>
        <Alert severity="error" message={t(`errors.${query.result.error.code}`)} focusOnShow />
        {back}
      </>
    );
  if (!query.result) return <StatusMessage message={t('offres.classeur.loading')} />;
  const { offres, removed: left } = query.result.value;
  const shown = offres.filter((offer) => !removed.includes(offer.numero));

  const remove = async (offer: SavedOffer) => {
    const result = await unsave.run({ numero: offer.numero });
    if (!result) return;
    if (result.ok) {
      setRemoved((list) => [...list, offer.numero]);
      setNotice(t('offres.classeur.removed'));
    } else setNotice(t(`errors.${result.error.code}`));
  };

  return (
    <>
      <p>{t('offres.classeur.intro')}</p>
      {/* Asked once when the screen opens: the central API names these offers that once only. */}
      {left.map((offer) => (
        <Alert
          key={offer.numero}
          severity="info"
          message={t(`offres.classeur.gone.${offer.reason}`, { title: offer.title })}
        />
      ))}
      <StatusMessage message={notice ?? undefined} />
      {shown.length === 0 ? (
        <p>{t('offres.classeur.empty')}</p>
      ) : (
        <ul className="kiosk-cards">
          {shown.map((offer) => (
            <li key={offer.numero} className="kiosk-card">
              <div className="kiosk-card__body">
                <h2 className="fr-h6">
                  <button
                    type="button"
                    className={styles.open}
                    onClick={() => onOpen(offer.numero)}
                  >
                    {offer.title}
                  </button>
                </h2>
                <p>
                  {offer.employer ?? t('offres.detail.anonymous')} · {offer.commune} (
                  {offer.departement}) · {t(`offres.contractShort.${offer.contract}`)}
                </p>
                <p className="kiosk-card__meta">
                  {t('offres.classeur.savedOn', {
                    date: toDisplayDate(offer.savedAt.slice(0, 10)),
                  })}
                </p>
              </div>
              <div className="kiosk-card__aside">
                <Button
                  priority="secondary"
                  icon="fr-icon-delete-line"
                  onClick={() => void remove(offer)}
                >
                  {t('offres.classeur.remove')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className="kiosk-form-actions kiosk-form-actions--step">{back}</div>
    </>
  );
}

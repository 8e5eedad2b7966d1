import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferDetail } from '../../../shared/domain/offres';
import { useKioskCall } from '../../bridge';
import { useKioskStore } from '../../store';
import { Button, StatusMessage } from '../../ui';

/**
 * What a signed-in job seeker can do with an offer: keep it in the classeur (or take it out),
 * and apply when the offer takes online applications. Someone not signed in is told that signing
 * in opens both.
 */
export function OfferActions({
  offer,
  initiallySaved,
  onApply,
}: {
  offer: OfferDetail;
  initiallySaved: boolean;
  onApply(): void;
}) {
  const { t } = useTranslation();
  const signedIn = useKioskStore((s) => s.profile !== null);
  const save = useKioskCall('offres.save');
  const unsave = useKioskCall('offres.unsave');
  const [saved, setSaved] = useState(initiallySaved);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  if (!signedIn) return <p>{t('offres.classeur.signInToSave')}</p>;

  const toggle = async () => {
    const result = saved
      ? await unsave.run({ numero: offer.numero })
      : await save.run({ numero: offer.numero });
    if (!result) return;
    if (!result.ok) {
      setNotice({ text: t(`errors.${result.error.code}`), error: true });
      return;
    }
    setNotice({
      text: t(saved ? 'offres.classeur.removed' : 'offres.classeur.saved'),
      error: false,
    });
    setSaved(!saved);
  };

  return (
    <>
      <StatusMessage tone={notice?.error ? 'error' : 'success'} message={notice?.text} />
      <div className="kiosk-form-actions">
        {offer.applyMode === 'online' && (
          <Button icon="fr-icon-send-plane-line" onClick={onApply}>
            {t('offres.apply.button')}
          </Button>
        )}
        <Button
          priority="secondary"
          icon={saved ? 'fr-icon-delete-line' : 'fr-icon-add-line'}
          onClick={() => void toggle()}
        >
          {saved ? t('offres.classeur.remove') : t('offres.classeur.save')}
        </Button>
      </div>
    </>
  );
}

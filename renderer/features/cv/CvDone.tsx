import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cvEmailSchema, type CvContent, type CvEmailDraft } from '../../../shared/domain/cv';
import { emptySearchDraft, type OfferSearchDraft } from '../../../shared/domain/offres';
import { useKioskCall } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading, StatusMessage, TextInput, useKioskForm } from '../../ui';
import styles from './cv.module.css';

/** After step 3: the CV is saved (and published or not); print it, or have it e-mailed. */
export function CvDone() {
  const { t } = useTranslation();
  const draft = useKioskStore((s) => s.cvDraft);
  const cvId = useKioskStore((s) => s.cvId);
  const showCvList = useKioskStore((s) => s.showCvList);
  const openOffres = useKioskStore((s) => s.openOffres);
  const sendCall = useKioskCall('cv.email');
  const form = useKioskForm<CvEmailDraft>({
    idPrefix: 'cv-send',
    schema: cvEmailSchema,
    draft: { email: draft?.contact.email ?? '' },
  });
  const [sent, setSent] = useState(false);
  if (!draft || !cvId) return null;

  const send = form.onSubmit(async ({ email }) => {
    setSent(false);
    const result = await sendCall.run({ cvId, email });
    if (!result) return;
    if (result.ok) setSent(true);
    else form.refuse(result.error);
  });

  return (
    <div className={styles.cv}>
      <ScreenHeading>{t('cv.done.title')}</ScreenHeading>
      <p>{t(draft.publication.published ? 'cv.done.published' : 'cv.done.notPublished')}</p>
      {form.formError && (
        <Alert
          severity="error"
          message={t(`errors.${form.formError}`, { minutes: 0 })}
          focusOnShow
        />
      )}
      <h2 className="fr-h5">{t('cv.done.email')}</h2>
      {/* What "Envoyer" sends and to whom, before the person types their address. */}
      <p>{t('cv.done.emailWhat')}</p>
      <form noValidate onSubmit={send} className={styles.add}>
        <TextInput
          id="cv-send-email"
          label={t('cv.done.emailLabel')}
          value={form.values.email}
          error={form.errorOf('email')}
          onChange={(email) => form.set('email', email)}
          inputProps={{ type: 'email', autoComplete: 'off', maxLength: 254 }}
        />
        <Button type="submit" priority="secondary">
          {t('cv.done.send')}
        </Button>
      </form>
      <StatusMessage message={sent ? t('cv.done.sent') : ''} tone="success" />
      <div className="kiosk-form-actions kiosk-form-actions--step">
        <Button onClick={showCvList}>{t('cv.done.list')}</Button>
        {draft.target.appellation && (
          <Button
            priority="secondary"
            icon="fr-icon-search-line"
            onClick={() => openOffres({ view: 'results', draft: offersForCv(draft) })}
          >
            {t('offres.forCv')}
          </Button>
        )}
      </div>
    </div>
  );
}

/**
 * « Voir les offres pour ce CV »: the CV's job (its ROME appellation) and, when the CV names one,
 * its first place: the search the person would have typed.
 */
export function offersForCv(cv: CvContent): OfferSearchDraft {
  const job = cv.target.appellation;
  const place = cv.target.places[0] ?? null;
  return {
    ...emptySearchDraft,
    appellation: job ? { codeOgr: job.codeOgr, label: job.label, rome: job.rome } : null,
    metier: job?.label ?? '',
    lieu: place,
    lieuTexte: place?.label ?? '',
  };
}

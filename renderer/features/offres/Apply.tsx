import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationReceipt } from '../../../shared/contract';
import type { CvSummary } from '../../../shared/contract/cv';
import {
  applicationDraftSchema,
  APPLICATION_MESSAGE_MAX,
  type ApplicationDraft,
} from '../../../shared/domain/offres';
import { useKioskCall, useKioskQuery } from '../../bridge';
import { useKioskStore } from '../../store';
import {
  Alert,
  Button,
  RadioGroup,
  ReviewList,
  StatusMessage,
  toDisplayDate,
  useKioskForm,
} from '../../ui';
import { TextArea } from '../cv/TextArea';
import styles from './offres.module.css';

export interface ApplyOffer {
  numero: string;
  title: string;
}

/** A CV as the person knows it: its title, else the job it is for. */
export const cvName = (cv: CvSummary) => cv.title || cv.appellation || '';

/** The person's CVs put online in the CV bank: the ones an employer may be sent, as the seed says. */
export function usePublishedCvs(): { cvs: CvSummary[] | null; errorCode: string | null } {
  const { result } = useKioskQuery('cv.list', {});
  if (!result) return { cvs: null, errorCode: null };
  if (!result.ok) return { cvs: null, errorCode: result.error.code };
  return { cvs: result.value.cvs.filter((cv) => cv.status === 'published'), errorCode: null };
}

/** « Postuler »: which CV, and a message if the person wants; then « Relire ma candidature ». */
export function ApplyForm({
  offer,
  draft,
  onDraftChange,
  onReview,
  back,
}: {
  offer: ApplyOffer;
  draft: ApplicationDraft;
  onDraftChange(draft: ApplicationDraft): void;
  onReview(draft: ApplicationDraft, cv: CvSummary): void;
  back: ReactNode;
}) {
  const { t } = useTranslation();
  const goTo = useKioskStore((s) => s.goTo);
  const { cvs, errorCode } = usePublishedCvs();
  const form = useKioskForm<ApplicationDraft>({
    idPrefix: 'offres-apply',
    schema: applicationDraftSchema,
    draft,
    onDraftChange,
  });
  if (errorCode)
    return (
      <>
        <Alert severity="error" message={t(`errors.${errorCode}`)} focusOnShow />
        {back}
      </>
    );
  if (!cvs) return <StatusMessage message={t('offres.apply.loading')} />;
  if (cvs.length === 0)
    return (
      <>
        <p>{t('offres.apply.noCv')}</p>
        <div className="kiosk-form-actions kiosk-form-actions--step">
          <Button icon="fr-icon-briefcase-line" onClick={() => goTo('cv')}>
            {t('offres.apply.toCv')}
          </Button>
          {back}
        </div>
      </>
    );
  const submit = form.onSubmit((values) => {
    const cv = cvs.find((c) => c.cvId === values.cvId);
    if (cv) onReview(values, cv);
  });
  return (
    <form noValidate onSubmit={submit} className={styles.form}>
      <p>
        {t('offres.apply.offer')} : <strong lang="fr">{offer.title}</strong> (
        {t('offres.detail.number', { numero: offer.numero })})
      </p>
      <div className={styles.cvs}>
        <RadioGroup
          name="offres-apply-cvId"
          legend={t('offres.apply.cvLegend')}
          error={form.errorOf('cvId')}
          value={form.values.cvId}
          onChange={(v) => form.set('cvId', v)}
          vertical
          options={cvs.map((cv) => ({
            value: cv.cvId,
            label: cvName(cv),
            hint: t('offres.apply.cvUpdated', { date: toDisplayDate(cv.updatedAt.slice(0, 10)) }),
          }))}
        />
      </div>
      <TextArea
        id="offres-apply-message"
        label={t('offres.apply.message')}
        hint={t('offres.apply.messageHint')}
        value={form.values.message}
        error={form.errorOf('message')}
        onChange={(v) => form.set('message', v)}
        maxLength={APPLICATION_MESSAGE_MAX}
      />
      <div className="kiosk-form-actions kiosk-form-actions--step">
        <Button type="submit" icon="fr-icon-arrow-right-line">
          {t('offres.apply.review')}
        </Button>
        {back}
      </div>
    </form>
  );
}

/** The application read back; « Envoyer ma candidature » hands it to the outbox. */
export function ApplyReview({
  offer,
  draft,
  cv,
  onSent,
  onModify,
}: {
  offer: ApplyOffer;
  draft: ApplicationDraft;
  cv: CvSummary;
  onSent(receipt: ApplicationReceipt): void;
  onModify(): void;
}) {
  const { t } = useTranslation();
  const apply = useKioskCall('offres.apply');
  const [error, setError] = useState<string | null>(null);
  const message = draft.message.trim();
  const send = async () => {
    setError(null);
    const result = await apply.run({
      numero: offer.numero,
      cvId: cv.cvId,
      message,
      title: offer.title,
      cvTitle: cvName(cv),
    });
    if (!result) return;
    if (result.ok) onSent(result.value);
    else setError(result.error.code);
  };
  return (
    <>
      {error && <Alert severity="error" message={t(`errors.${error}`)} focusOnShow />}
      <ReviewList
        rows={[
          [t('offres.apply.offer'), <span lang="fr">{`${offer.title} (${offer.numero})`}</span>],
          [t('offres.apply.cv'), cvName(cv)],
          [
            t('offres.apply.message'),
            message ? (
              <span className={styles.message}>{message}</span>
            ) : (
              t('offres.apply.noMessage')
            ),
          ],
        ]}
      />
      <div className="kiosk-form-actions kiosk-form-actions--step">
        <Button icon="fr-icon-send-plane-line" onClick={() => void send()}>
          {apply.pending ? t('offres.apply.sending') : t('offres.apply.send')}
        </Button>
        <Button priority="secondary" icon="fr-icon-edit-line" onClick={onModify}>
          {t('offres.apply.modify')}
        </Button>
      </div>
    </>
  );
}

/** Sent or kept on the terminal: the reference, the receipt to print, where to find it later. */
export function Applied({ receipt, back }: { receipt: ApplicationReceipt; back: ReactNode }) {
  const { t } = useTranslation();
  const goTo = useKioskStore((s) => s.goTo);
  const print = useKioskCall('offres.printApplication');
  const [printed, setPrinted] = useState<string | null>(null);
  const doPrint = async () => {
    const result = await print.run({});
    if (result) setPrinted(result.ok ? 'done' : result.error.code);
  };
  return (
    <>
      <Alert
        severity={receipt.status === 'sent' ? 'success' : 'info'}
        message={
          receipt.status === 'sent' ? t('offres.apply.sentText') : t('offres.apply.queuedText')
        }
      />
      <p className="fr-text--lead" dir="ltr">
        {t('offres.apply.reference', { reference: receipt.reference })}
      </p>
      <p>{t('offres.apply.keepReference')}</p>
      <StatusMessage
        tone={printed && printed !== 'done' ? 'error' : 'success'}
        message={
          printed === 'done'
            ? t('offres.apply.printed')
            : printed
              ? t(`errors.${printed}`)
              : undefined
        }
      />
      <div className="kiosk-form-actions kiosk-form-actions--step">
        <Button icon="fr-icon-printer-line" onClick={() => void doPrint()}>
          {t('offres.apply.print')}
        </Button>
        <Button priority="secondary" icon="fr-icon-mail-line" onClick={() => goTo('exchanges')}>
          {t('offres.apply.toApplications')}
        </Button>
        {back}
      </div>
    </>
  );
}

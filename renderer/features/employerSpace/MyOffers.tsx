import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferStatus } from '../../../shared/domain/employerSpace';
import { useKioskCall, useKioskQuery } from '../../bridge';
import { Alert, Badge, Button, ScreenHeading, dateLocale, useDocumentTitle } from '../../ui';
import { PdfViewer } from '../pdfViewer';
import styles from './employerSpace.module.css';

const statusSeverity: Record<OfferStatus, 'info' | 'success' | 'warning' | 'new'> = {
  pending: 'info',
  published: 'success',
  filled: 'new',
  withdrawn: 'warning',
};

/** « Mes offres »: each offer with its status and how many candidatures it received. */
export function MyOffers({ onLeave }: { onLeave(): void }) {
  const { t, i18n } = useTranslation();
  const m = (key: string, values?: Record<string, string | number>) =>
    t(`employer.mine.${key}`, values);
  useDocumentTitle(t('app.documentTitle', { screen: m('documentTitle') }));
  const offres = useKioskQuery('employerSpace.offres', {});
  const [open, setOpen] = useState<string | null>(null);
  const date = new Intl.DateTimeFormat(dateLocale(i18n.language), { dateStyle: 'long' });

  if (open) return <Received numero={open} onLeave={() => setOpen(null)} />;
  const result = offres.result;
  return (
    <div className="kiosk-form-screen">
      <ScreenHeading>{m('title')}</ScreenHeading>
      {!result && <p role="status">{m('loading')}</p>}
      {result && !result.ok && (
        <Alert severity="error" message={t(`errors.${result.error.code}`)} />
      )}
      {result?.ok && result.value.offres.length === 0 && <p>{m('none')}</p>}
      {result?.ok && result.value.offres.length > 0 && (
        <ul className={styles.offers}>
          {result.value.offres.map((offer) => (
            <li key={offer.numero}>
              <h2 className="fr-h5">{offer.title}</h2>
              <p>
                <Badge severity={statusSeverity[offer.status]}>{m(`status.${offer.status}`)}</Badge>
              </p>
              <p>
                {m('number', { numero: offer.numero })} · {offer.commune} ·{' '}
                {t(`offres.contractShort.${offer.contract}`)}
              </p>
              <p>{m('sent', { date: date.format(new Date(offer.submittedAt)) })}</p>
              <Button
                priority="secondary"
                onClick={() => setOpen(offer.numero)}
                nativeProps={{
                  'aria-label': m('seeFor', { count: offer.candidatures, title: offer.title }),
                }}
              >
                {m('see', { count: offer.candidatures })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="kiosk-form-actions">
        <Button priority="secondary" onClick={onLeave}>
          {m('back')}
        </Button>
      </div>
    </div>
  );
}

/** « Candidatures reçues » for one offer; a candidate's CV opens in the PDF viewer. */
function Received({ numero, onLeave }: { numero: string; onLeave(): void }) {
  const { t, i18n } = useTranslation();
  const r = (key: string, values?: Record<string, string>) => t(`employer.received.${key}`, values);
  const list = useKioskQuery('employerSpace.candidatures', { numero });
  const cvCall = useKioskCall('employerSpace.candidatureCv');
  const [cv, setCv] = useState<{ name: string; data: Uint8Array } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const date = new Intl.DateTimeFormat(dateLocale(i18n.language), { dateStyle: 'long' });
  const result = list.result;

  const openCv = async (id: string, name: string) => {
    setError(null);
    const answer = await cvCall.run({ numero, id });
    if (!answer) return;
    if (!answer.ok) return setError(t(`errors.${answer.error.code}`));
    const bytes = Uint8Array.from(atob(answer.value.pdfBase64), (c) => c.charCodeAt(0));
    setCv({ name, data: bytes });
  };

  return (
    <div className="kiosk-form-screen">
      <ScreenHeading key="received">{r('title')}</ScreenHeading>
      {result?.ok && (
        <p className="fr-text--lead">{r('offer', { title: result.value.title, numero })}</p>
      )}
      {!result && <p role="status">{r('loading')}</p>}
      {result && !result.ok && (
        <Alert severity="error" message={t(`errors.${result.error.code}`)} />
      )}
      {error && <Alert severity="error" message={error} focusOnShow />}
      {cv ? (
        <PdfViewer
          title={r('cvTitle', { name: cv.name })}
          data={cv.data}
          onClose={() => setCv(null)}
          texts="employer.viewer"
        />
      ) : (
        <>
          {result?.ok && result.value.candidatures.length === 0 && <p>{r('none')}</p>}
          {result?.ok && result.value.candidatures.length > 0 && (
            <ul className={styles.offers}>
              {result.value.candidatures.map((c) => (
                <li key={c.id}>
                  <h2 className="fr-h5">{c.name}</h2>
                  <p>{r('sentAt', { date: date.format(new Date(c.sentAt)) })}</p>
                  <p className={styles.message}>{c.message ?? r('noMessage')}</p>
                  <Button priority="secondary" onClick={() => void openCv(c.id, c.name)}>
                    {r('cv', { name: c.name })}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="kiosk-form-actions">
        <Button priority="secondary" onClick={onLeave}>
          {r('back')}
        </Button>
      </div>
    </div>
  );
}

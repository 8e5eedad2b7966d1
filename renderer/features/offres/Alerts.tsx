import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  alertDraftSchema,
  ALERT_NAME_MAX,
  type AlertCriteria,
  type AlertDraft,
  type OfferAlert,
} from '../../../shared/domain/offres';
import { useKioskCall, useKioskQuery } from '../../bridge';
import {
  Alert,
  Button,
  ConfirmDialog,
  ReviewList,
  StatusMessage,
  TextInput,
  toDisplayDate,
  useKioskForm,
} from '../../ui';
import styles from './offres.module.css';

/**
 * « Mes abonnements aux offres »: each alert with its name, the address it goes to and the day it
 * stops. Viewing them renews them for 3 months (the central API does it on this read).
 */
export function AlertList({ notice, back }: { notice: string | null; back: ReactNode }) {
  const { t } = useTranslation();
  const query = useKioskQuery('offres.alerts', {});
  const remove = useKioskCall('offres.deleteAlert');
  const [deleted, setDeleted] = useState<string[]>([]);
  const [asking, setAsking] = useState<OfferAlert | null>(null);
  const [status, setStatus] = useState<string | null>(notice);
  if (query.result && !query.result.ok)
    return (
      <>
        <Alert severity="error" message={t(`errors.${query.result.error.code}`)} focusOnShow />
        {back}
      </>
    );
  if (!query.result) return <StatusMessage message={t('offres.alerts.loading')} />;
  const alertes = query.result.value.alertes.filter((a) => !deleted.includes(a.id));

  const confirm = async (alert: OfferAlert) => {
    setAsking(null);
    const result = await remove.run({ id: alert.id });
    if (!result) return;
    if (result.ok) {
      setDeleted((list) => [...list, alert.id]);
      setStatus(t('offres.alerts.deleted'));
    } else setStatus(t(`errors.${result.error.code}`));
  };

  return (
    <>
      <p>{t('offres.alerts.intro')}</p>
      <StatusMessage message={status ?? undefined} tone="success" />
      {alertes.length === 0 ? (
        <p>{t('offres.alerts.empty')}</p>
      ) : (
        <ul className="kiosk-cards">
          {alertes.map((alert) => (
            <li key={alert.id} className="kiosk-card">
              <div className="kiosk-card__body">
                <h2 className="kiosk-card__title fr-h6">{alert.nom}</h2>
                <p dir="ltr" className={styles.email}>
                  {alert.email}
                </p>
                <p className="kiosk-card__meta">
                  {t('offres.alerts.activeUntil', {
                    date: toDisplayDate(alert.expiresAt.slice(0, 10)),
                  })}
                </p>
              </div>
              <div className="kiosk-card__aside">
                <Button
                  priority="secondary"
                  icon="fr-icon-delete-line"
                  onClick={() => setAsking(alert)}
                >
                  {t('offres.alerts.delete', { name: alert.nom })}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className="kiosk-form-actions kiosk-form-actions--step">{back}</div>
      {asking && (
        <ConfirmDialog
          id="offres-alert-delete"
          title={t('offres.alerts.deleteConfirm')}
          text={t('offres.alerts.deleteConfirmText')}
          keepLabel={t('offres.alerts.cancelDelete')}
          leaveLabel={t('offres.alerts.deleteYes')}
          onKeep={() => setAsking(null)}
          onLeave={() => void confirm(asking)}
        />
      )}
    </>
  );
}

export interface AlertFormProps {
  criteria: AlertCriteria;
  /** The search in words (job, place), read back above the form. */
  summary: ReadonlyArray<readonly [string, string]>;
  /** A name made from the search, to keep or change. */
  suggestedName: string;
  onCreated(): void;
  back: ReactNode;
}

/** « Recevoir ces offres par courriel »: a name and the address on file, prefilled and editable. */
export function AlertForm({ criteria, summary, suggestedName, onCreated, back }: AlertFormProps) {
  const { t } = useTranslation();
  const known = useKioskQuery('offres.alerts', {});
  if (!known.result) return <StatusMessage message={t('offres.alerts.loading')} />;
  const email = known.result.ok ? (known.result.value.email ?? '') : '';
  return (
    <AlertFields
      criteria={criteria}
      summary={summary}
      draft={{ nom: suggestedName.slice(0, ALERT_NAME_MAX), email }}
      onCreated={onCreated}
      back={back}
    />
  );
}

function AlertFields({
  criteria,
  summary,
  draft,
  onCreated,
  back,
}: Omit<AlertFormProps, 'suggestedName'> & { draft: AlertDraft }) {
  const { t } = useTranslation();
  const create = useKioskCall('offres.createAlert');
  const form = useKioskForm<AlertDraft>({
    idPrefix: 'offres-alert',
    schema: alertDraftSchema,
    draft,
  });
  const submit = form.onSubmit(async ({ nom, email }) => {
    const result = await create.run({ nom, email, criteria });
    if (!result) return;
    if (result.ok) onCreated();
    else form.refuse(result.error);
  });
  return (
    <form noValidate onSubmit={submit} className={styles.form}>
      <p>{t('offres.alerts.formIntro')}</p>
      {form.formError && (
        <Alert severity="error" message={t(`errors.${form.formError}`)} focusOnShow />
      )}
      {summary.length > 0 && (
        <>
          <h2 className="fr-h5">{t('offres.alerts.criteria')}</h2>
          <ReviewList rows={summary} />
        </>
      )}
      <TextInput
        id="offres-alert-nom"
        label={t('offres.alerts.name')}
        hint={t('offres.alerts.nameHint')}
        value={form.values.nom}
        error={form.errorOf('nom')}
        onChange={(v) => form.set('nom', v)}
        inputProps={{ autoComplete: 'off', maxLength: ALERT_NAME_MAX }}
      />
      <TextInput
        id="offres-alert-email"
        label={t('offres.alerts.email')}
        hint={t('offres.alerts.emailHint')}
        value={form.values.email}
        error={form.errorOf('email')}
        onChange={(v) => form.set('email', v)}
        inputProps={{ type: 'email', autoComplete: 'off', maxLength: 254, dir: 'ltr' }}
      />
      <div className="kiosk-form-actions kiosk-form-actions--step">
        <Button type="submit" icon="fr-icon-mail-line">
          {t('offres.alerts.create')}
        </Button>
        {back}
      </div>
    </form>
  );
}

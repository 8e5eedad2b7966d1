import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  attestationDraftSchema,
  attestationKinds,
  toAttestationRequest,
  type AttestationDraft,
  type AttestationKind,
} from '../../../shared/domain/paiements';
import type { ErrorCode } from '../../../shared/contract';
import { useKioskCall, useKioskQuery } from '../../bridge';
import { useKioskStore } from '../../store';
import {
  Alert,
  Button,
  RadioGroup,
  ScreenHeading,
  Select,
  useDocumentTitle,
  useKioskForm,
} from '../../ui';
import { PrintedInFrench } from '../language';
import { PdfViewer } from '../pdfViewer';
import { formatMonth } from './format';
import styles from './paiements.module.css';

const blank: AttestationDraft = { kind: '', from: '', to: '', year: '' };

/** The last 12 months before this one, newest first: what a payment attestation can cover. */
function recentMonths(today: Date): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(today.getFullYear(), today.getMonth() - 1 - i, 15));
    return d.toISOString().slice(0, 7);
  });
}

/**
 * "Imprimer une attestation": the kind (and its months or year), then the central API issues it
 * with a reference and a verification code; it opens in the in-app viewer and prints. The choice
 * is kept while the attestation is shown, so "Une autre attestation" starts from it.
 */
export function AttestationsScreen() {
  const { t, i18n } = useTranslation();
  const goTo = useKioskStore((s) => s.goTo);
  const issue = useKioskCall('attestations.issue');
  const print = useKioskCall('attestations.print');
  const overview = useKioskQuery('paiements.overview', {}).result;
  const form = useKioskForm({ idPrefix: 'att', schema: attestationDraftSchema, draft: blank });
  const [shown, setShown] = useState<{
    reference: string;
    kind: AttestationKind;
    data: Uint8Array;
  } | null>(null);
  const [printed, setPrinted] = useState<{ ok: true } | { ok: false; code: ErrorCode } | null>(
    null,
  );
  useDocumentTitle(t('app.documentTitle', { screen: t('paiements.attestations.documentTitle') }));

  const months = useMemo(() => {
    const paid = overview?.ok ? overview.value.payments.map((p) => p.period) : [];
    return paid.length > 0 ? [...new Set(paid)] : recentMonths(new Date());
  }, [overview]);
  const years = useMemo(() => {
    const y = new Date().getFullYear();
    return [y, y - 1, y - 2].map(String);
  }, []);
  const monthOptions = months.map((m) => ({ value: m, label: formatMonth(m, i18n.language) }));
  const { values, errorOf } = form;

  const submit = form.onSubmit(async (draft) => {
    const request = toAttestationRequest(draft);
    if (!request) return;
    setPrinted(null);
    const r = await issue.run(request);
    if (!r) return;
    if (!r.ok) return form.refuse(r.error);
    setShown({
      reference: r.value.reference,
      kind: r.value.kind,
      data: Uint8Array.from(atob(r.value.pdfBase64), (c) => c.charCodeAt(0)),
    });
  });
  const printShown = async () => {
    if (!shown) return;
    const r = await print.run({ reference: shown.reference });
    if (r) setPrinted(r.ok ? { ok: true } : { ok: false, code: r.error.code });
  };

  return (
    <div>
      <ScreenHeading>{t('paiements.attestations.title')}</ScreenHeading>
      <p>
        <Button
          priority="tertiary"
          icon="fr-icon-arrow-left-line"
          onClick={() => goTo('dashboard')}
        >
          {t('paiements.back')}
        </Button>
      </p>
      {shown ? (
        <>
          {printed && (
            <Alert
              severity={printed.ok ? 'success' : 'error'}
              message={
                printed.ok ? t('paiements.attestations.printed') : t(`errors.${printed.code}`)
              }
              focusOnShow
            />
          )}
          <p>{t('paiements.attestations.reference', { reference: shown.reference })}</p>
          <p>{t('paiements.attestations.verifyNote')}</p>
          <PrintedInFrench />
          <PdfViewer
            title={t(`paiements.attestations.kinds.${shown.kind}`)}
            data={shown.data}
            onClose={() => setShown(null)}
            texts="paiements.viewer"
            actions={
              <Button icon="fr-icon-printer-line" onClick={() => void printShown()}>
                {t('paiements.attestations.print')}
              </Button>
            }
          />
        </>
      ) : (
        <form noValidate onSubmit={submit}>
          <p>{t('paiements.attestations.intro')}</p>
          {form.formError && (
            <Alert severity="error" message={t(`errors.${form.formError}`)} focusOnShow />
          )}
          {errorOf('_') && <Alert severity="error" message={errorOf('_')!} focusOnShow />}
          <div className={styles.kinds}>
            <RadioGroup
              name="att-kind"
              vertical
              legend={t('paiements.attestations.kindLegend')}
              error={errorOf('kind')}
              value={values.kind}
              onChange={(kind) => form.set('kind', kind as AttestationKind)}
              options={attestationKinds.map((kind) => ({
                value: kind,
                label: t(`paiements.attestations.kinds.${kind}`),
                hint: t(`paiements.attestations.kindHelp.${kind}`),
              }))}
            />
          </div>
          {values.kind === 'paiement' && (
            <div className={styles.months}>
              <Select
                id="att-from"
                label={t('paiements.attestations.from')}
                placeholder={t('paiements.attestations.choose')}
                error={errorOf('from')}
                value={values.from}
                onChange={(from) => form.set('from', from)}
                options={[...monthOptions].reverse()}
              />
              <Select
                id="att-to"
                label={t('paiements.attestations.to')}
                placeholder={t('paiements.attestations.choose')}
                error={errorOf('to')}
                value={values.to}
                onChange={(to) => form.set('to', to)}
                options={[...monthOptions].reverse()}
              />
            </div>
          )}
          {values.kind === 'fiscale' && (
            <Select
              id="att-year"
              label={t('paiements.attestations.year')}
              placeholder={t('paiements.attestations.choose')}
              error={errorOf('year')}
              value={values.year}
              onChange={(year) => form.set('year', year)}
              options={years.map((y) => ({ value: y, label: y }))}
            />
          )}
          <div className="kiosk-form-actions kiosk-form-actions--step">
            <Button type="submit" icon="fr-icon-eye-line" nativeProps={{ disabled: issue.pending }}>
              {issue.pending
                ? t('paiements.attestations.showing')
                : t('paiements.attestations.show')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}

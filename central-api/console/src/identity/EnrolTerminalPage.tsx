import { zodResolver } from '@hookform/resolvers/zod';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { components } from '../../../../shared/api/openapi';
import { StaffApiError, useStaffApi } from '../api';
import { fr } from '../i18n/fr';
import styles from './EnrolTerminalPage.module.css';

type Issued = components['schemas']['EnrolmentCodeIssued'];
type Alerts = components['schemas']['EnrolmentAlerts'];

const t = fr.enrolTerminal;
const schema = z.object({
  label: z.string().trim().min(1, t.labelRequired).max(64, t.labelTooLong),
  agencyCode: z
    .string()
    .trim()
    .toUpperCase()
    .refine((code) => code === '' || /^[A-Z0-9-]{2,32}$/.test(code), t.agencyInvalid),
});
type Values = z.input<typeof schema>;

const untilText = (iso: string): string =>
  new Date(iso).toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

/**
 * IT's « Enrôler une borne »: a one-time code for one terminal label, shown once (only its hash
 * is kept by the API), and the count of refused enrolments, which may mean someone is guessing.
 */
export function EnrolTerminalPage() {
  const api = useStaffApi();
  const [issued, setIssued] = useState<Issued | undefined>();
  const [alerts, setAlerts] = useState<Alerts | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { label: '', agencyCode: '' },
  });
  useEffect(() => {
    api.get<Alerts>('/v1/staff/enrolment-alerts').then(setAlerts, () => undefined);
  }, [api]);

  const submit = handleSubmit(async (values) => {
    setProblem(undefined);
    setIssued(undefined);
    const agencyCode = values.agencyCode.trim().toUpperCase();
    try {
      setIssued(
        await api.post<Issued>('/v1/staff/enrolment-codes', {
          label: values.label.trim(),
          ...(agencyCode ? { agencyCode } : {}),
        }),
      );
    } catch (error) {
      if (!(error instanceof StaffApiError)) throw error;
      // The only field the API can refuse once the form accepted it: an agency it does not know.
      if (error.status === 400 && agencyCode)
        setError('agencyCode', { message: t.agencyInvalid }, { shouldFocus: true });
      else setProblem(error.message);
    }
  });

  return (
    <div className={styles.page}>
      <p>{t.intro}</p>
      {alerts && (
        <Alert
          severity={alerts.refusedLast24h > 0 ? 'warning' : 'info'}
          as="h2"
          title={t.alertsTitle}
          description={`${t.alerts(alerts.refusedLast24h, alerts.throttledSourcesLast24h)} ${t.alertsHint}`}
          className="fr-mb-3w"
        />
      )}
      {problem && <Alert severity="error" small description={problem} className="fr-mb-3w" />}
      <form onSubmit={(event) => void submit(event)} noValidate className={styles.form}>
        <Input
          label={t.label}
          hintText={t.labelHint}
          state={errors.label ? 'error' : 'default'}
          stateRelatedMessage={errors.label?.message}
          nativeInputProps={{
            ...register('label'),
            autoComplete: 'off',
            spellCheck: false,
            'aria-invalid': errors.label ? true : undefined,
          }}
        />
        <Input
          label={t.agency}
          hintText={t.agencyHint}
          state={errors.agencyCode ? 'error' : 'default'}
          stateRelatedMessage={errors.agencyCode?.message}
          nativeInputProps={{
            ...register('agencyCode'),
            autoComplete: 'off',
            autoCapitalize: 'characters',
            spellCheck: false,
            'aria-invalid': errors.agencyCode ? true : undefined,
          }}
        />
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t.submitting : t.submit}
        </Button>
      </form>
      {issued && (
        <section className={styles.issued} aria-labelledby="code-emis" role="status">
          <h2 id="code-emis">{t.issuedTitle(issued.label)}</h2>
          <p>
            {t.issuedCode} : <code className={styles.code}>{issued.code}</code>
          </p>
          <p>{t.issuedUntil(untilText(issued.expiresAt))}</p>
          {issued.reenrolment && <p className={styles.warning}>{t.reenrolment}</p>}
        </section>
      )}
    </div>
  );
}

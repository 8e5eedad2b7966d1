import { zodResolver } from '@hookform/resolvers/zod';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { StaffApiError, useStaffApi } from '../api';
import { fr } from '../i18n/fr';
import type { FleetCommandQueued, FleetTerminalDetail } from './types';
import styles from './fleet.module.css';

const t = fr.fleet.config;

/** Empty: not changed. Otherwise a whole positive number (the server checks the bounds). */
const optionalCount = z
  .string()
  .trim()
  .regex(/^(\d+)?$/, t.number);

const schema = z.object({
  idleWarningAfterSeconds: optionalCount,
  idleCountdownSeconds: optionalCount,
  maxVisitMinutes: optionalCount,
  keyboard: z.enum(['', 'auto', 'always', 'never']),
  locale: z.enum(['', 'fr', 'en']),
});
type Values = z.infer<typeof schema>;

/**
 * IT's configuration change for one terminal: only what is typed is sent. The central API checks
 * it against the kiosk's own config schema; a refusal is shown with its reason, the form kept.
 */
export function ConfigForm({
  terminalId,
  current,
  onSent,
}: {
  terminalId: string;
  current: FleetTerminalDetail['config'] | undefined;
  onSent(): void;
}) {
  const api = useStaffApi();
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      idleWarningAfterSeconds: String(current?.visit?.idleWarningAfterSeconds ?? ''),
      idleCountdownSeconds: String(current?.visit?.idleCountdownSeconds ?? ''),
      maxVisitMinutes: String(current?.visit?.maxVisitMinutes ?? ''),
      keyboard: current?.keyboard ?? '',
      locale: current?.locale ?? '',
    },
  });
  const submit = handleSubmit(async (values) => {
    const visit: Record<string, number> = {};
    for (const key of [
      'idleWarningAfterSeconds',
      'idleCountdownSeconds',
      'maxVisitMinutes',
    ] as const)
      if (values[key]) visit[key] = Number(values[key]);
    const config = {
      ...(Object.keys(visit).length > 0 ? { visit } : {}),
      ...(values.keyboard ? { keyboard: values.keyboard } : {}),
      ...(values.locale ? { locale: values.locale } : {}),
    };
    try {
      const queued = await api.post<FleetCommandQueued>(
        `/v1/staff/fleet/terminals/${encodeURIComponent(terminalId)}/config`,
        { config },
      );
      setNotice({ ok: true, text: t.sent(queued.configVersion ?? 0) });
      onSent();
    } catch (error) {
      // The server's reason names the field and the rule (technical, in English): IT reads it.
      const text = !(error instanceof StaffApiError)
        ? fr.errors.server
        : error.code === 'invalid_config'
          ? t.refused(error.serverMessage ?? error.message)
          : error.message;
      setNotice({ ok: false, text });
    }
  });
  const numberField = (
    name: 'idleWarningAfterSeconds' | 'idleCountdownSeconds' | 'maxVisitMinutes',
    label: string,
  ) => (
    <Input
      label={label}
      state={errors[name] ? 'error' : 'default'}
      stateRelatedMessage={errors[name]?.message}
      nativeInputProps={{ ...register(name), inputMode: 'numeric' }}
    />
  );
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="fr-mt-3w">
      <h3 className="fr-h6">{t.title}</h3>
      <p className="fr-text--sm">{t.intro}</p>
      <div className={styles.configForm}>
        {numberField('idleWarningAfterSeconds', t.idleWarning)}
        {numberField('idleCountdownSeconds', t.idleCountdown)}
        {numberField('maxVisitMinutes', t.maxVisit)}
        <Select label={t.keyboard} nativeSelectProps={register('keyboard')}>
          <option value="">{t.keep}</option>
          <option value="auto">{t.keyboards.auto}</option>
          <option value="always">{t.keyboards.always}</option>
          <option value="never">{t.keyboards.never}</option>
        </Select>
        <Select label={t.locale} nativeSelectProps={register('locale')}>
          <option value="">{t.keep}</option>
          <option value="fr">{t.locales.fr}</option>
          <option value="en">{t.locales.en}</option>
        </Select>
      </div>
      {notice && (
        <Alert
          severity={notice.ok ? 'success' : 'error'}
          small
          description={notice.text}
          className="fr-mb-2w"
        />
      )}
      <Button type="submit" disabled={isSubmitting}>
        {t.submit}
      </Button>
    </form>
  );
}

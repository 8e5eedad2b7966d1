import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/contract';
import { useKioskCall, useKioskQuery } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, RadioGroup, StatusMessage } from '../../ui';
import { useEndVisit } from '../visit';
import { formatAppointment as formatSlot } from './appointment';
import { PrintedInFrench } from '../language';

interface Slot {
  id: string;
  startsAt: string;
  agence: string;
  adresse: string;
}

/**
 * After "Envoyer": the reference, what happens next, the registration appointment among the three
 * proposed and the printed receipt.
 */
export function ConfirmationStep() {
  const { t, i18n } = useTranslation();
  const bookAppointment = useKioskCall('registration.bookAppointment');
  const printReceipt = useKioskCall('registration.printReceipt');
  const endVisit = useEndVisit();
  const reference = useKioskStore((s) => s.registration.reference) ?? '';
  const status = useKioskStore((s) => s.registration.submittedStatus);
  // Slots are offered once the registration has reached the central API.
  const offered = useKioskQuery('registration.appointmentSlots', status === 'sent' ? {} : null);
  const slots: Slot[] = offered.result?.ok ? offered.result.value.slots : [];
  const [chosen, setChosen] = useState('');
  const [booked, setBooked] = useState<Slot | null>(null);
  const [printed, setPrinted] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const fail = (code: ErrorCode, fields?: Record<string, string>) =>
    setError(fields ? (Object.values(fields)[0] ?? `errors.${code}`) : `errors.${code}`);

  const book = async () => {
    setError(null);
    if (!chosen) return setError('account.errors.required');
    // null: a second press while the booking is under way, or the screen is gone.
    const result = await bookAppointment.run({ slotId: chosen });
    if (!result) return;
    if (result.ok) setBooked(result.value);
    else fail(result.error.code, result.error.fields);
  };

  const print = async () => {
    setError(null);
    const result = await printReceipt.run({});
    if (!result) return;
    if (result.ok) setPrinted(true);
    else fail(result.error.code, result.error.fields);
  };

  return (
    <div>
      <Alert
        severity="success"
        message={t('account.registration.confirmation.reference', { reference })}
      />
      {status === 'queued' && <p>{t('account.registration.confirmation.queued')}</p>}
      <h2 className="fr-h5 fr-mt-3w">{t('account.registration.confirmation.nextTitle')}</h2>
      <ol>
        <li>{t('account.registration.confirmation.next1')}</li>
        <li>{t('account.registration.confirmation.next2')}</li>
        <li>{t('account.registration.confirmation.next3')}</li>
      </ol>
      {error && <Alert severity="error" message={t(error)} focusOnShow />}
      {slots.length > 0 && !booked && (
        <section aria-labelledby="appointment-title">
          <h2 id="appointment-title" className="fr-h5">
            {t('account.registration.confirmation.appointmentTitle')}
          </h2>
          <RadioGroup
            name="appointment"
            legend={t('account.registration.confirmation.appointmentLegend')}
            value={chosen}
            onChange={setChosen}
            options={slots.map((s) => ({
              value: s.id,
              label: `${formatSlot(s.startsAt, i18n.language)} — ${s.agence}, ${s.adresse}`,
            }))}
          />
          <Button onClick={() => void book()}>{t('account.registration.confirmation.book')}</Button>
        </section>
      )}
      <StatusMessage
        tone="success"
        message={
          booked
            ? t('account.registration.confirmation.booked', {
                date: formatSlot(booked.startsAt, i18n.language),
                agence: booked.agence,
                adresse: booked.adresse,
              })
            : printed
              ? t('account.registration.confirmation.printed')
              : undefined
        }
      />
      {printed && booked && <p>{t('account.registration.confirmation.printed')}</p>}
      <PrintedInFrench />
      <div className="kiosk-form-actions kiosk-form-actions--step">
        <Button priority="secondary" icon="fr-icon-printer-line" onClick={() => void print()}>
          {t('account.registration.confirmation.print')}
        </Button>
        <Button onClick={() => void endVisit()}>
          {t('account.registration.confirmation.finish')}
        </Button>
      </div>
    </div>
  );
}

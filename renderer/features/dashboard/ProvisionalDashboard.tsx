import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/contract';
import { useKioskCall, useKioskQuery } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, ScreenHeading, ServiceTile, StatusMessage, useDocumentTitle } from '../../ui';
import { formatAppointment } from '../registration';
import styles from './provisional.module.css';

/**
 * The space of a person whose registration is sent but not yet validated by an adviser: their
 * codes are provisional until the registration appointment. One message says so, the appointment
 * is shown with the agency's address, and only what they may already do is offered (receipt,
 * documents, CV); the other services open once the adviser has validated the registration.
 */
export function ProvisionalDashboard() {
  const { t, i18n } = useTranslation();
  const profile = useKioskStore((s) => s.profile);
  const goTo = useKioskStore((s) => s.goTo);
  const mine = useKioskQuery('registration.mine', {});
  const print = useKioskCall('registration.printReceipt');
  const [printed, setPrinted] = useState<'printed' | ErrorCode | null>(null);
  const printReceipt = async () => {
    const result = await print.run({});
    if (result) setPrinted(result.ok ? 'printed' : result.error.code);
  };
  useDocumentTitle(t('app.documentTitle', { screen: t('dashboard.documentTitle') }));
  const registration = mine.result?.ok ? mine.result.value : null;
  const appointment = registration?.appointment ?? null;
  const date = appointment ? formatAppointment(appointment.startsAt, i18n.language) : null;
  const p = (key: string, options?: Record<string, string>) =>
    t(`dashboard.provisional.${key}`, options);

  return (
    <div className="kiosk-dashboard">
      <ScreenHeading>
        {t('dashboard.greeting', { prenom: profile?.prenom ?? '', nom: profile?.nom ?? '' })}
      </ScreenHeading>
      <Alert severity="info" message={date ? p('message', { date }) : p('messageNoDate')} />
      {mine.result && !mine.result.ok && (
        <Alert severity="error" message={t(`errors.${mine.result.error.code}`)} />
      )}
      {registration && (
        <section aria-labelledby="provisional-appointment" className={styles.appointment}>
          <h2 id="provisional-appointment" className="fr-h4">
            {p('appointmentTitle')}
          </h2>
          {appointment && date ? (
            <>
              <p className={styles.when}>{date}</p>
              <p className={styles.where}>
                {appointment.agence}
                <br />
                {appointment.adresse}
              </p>
              <p>{p('appointmentBring')}</p>
            </>
          ) : (
            <p>{p('noAppointment')}</p>
          )}
          <p className="fr-text--sm">{p('reference', { reference: registration.reference })}</p>
        </section>
      )}
      <h2 className="fr-h4">{t('dashboard.servicesTitle')}</h2>
      <ul className="kiosk-tiles">
        {registration && (
          <ServiceTile
            title={p('receipt.title')}
            description={p('receipt.description')}
            onActivate={() => void printReceipt()}
          />
        )}
        <ServiceTile
          title={t('dashboard.services.documents.title')}
          description={t('dashboard.services.documents.description')}
          onActivate={() => goTo('documents')}
        />
        <ServiceTile
          title={t('dashboard.services.cv.title')}
          description={t('dashboard.services.cv.description')}
          onActivate={() => goTo('cv')}
        />
      </ul>
      <StatusMessage
        tone="success"
        message={printed === 'printed' ? t('account.registration.confirmation.printed') : undefined}
      />
      {printed && printed !== 'printed' && (
        <Alert severity="error" message={t(`errors.${printed}`)} focusOnShow />
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';

export interface SubmissionStatusProps {
  /** From the submit method's receipt: 'sent' (acknowledged) or 'queued' (committed on the terminal). */
  status: 'sent' | 'queued';
  /** Adds the sentence explaining what happens next (the full receipt screen). */
  detailed?: boolean;
}

/**
 * What every receipt says about delivery: "Envoyé", or "Enregistré, sera envoyé dès que possible"
 * (the outbox delivers it after the user has left; nothing more to do). Shown only once the submit
 * call has resolved, that is after the local commit.
 */
export function SubmissionStatus({ status, detailed = false }: SubmissionStatusProps) {
  const { t } = useTranslation();
  return (
    <div className="kiosk-submission-status" data-status={status}>
      <p
        className={`fr-badge fr-badge--no-icon ${status === 'sent' ? 'fr-badge--success' : 'fr-badge--info'}`}
      >
        {t(`outbox.submission.${status}`)}
      </p>
      {detailed && <p className="fr-text--sm">{t(`outbox.submission.${status}Detail`)}</p>}
    </div>
  );
}

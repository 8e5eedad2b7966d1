import { useTranslation } from 'react-i18next';
import type { SentDocument } from '../../../shared/contract/documents';
import { Badge } from '../../ui';
import { formatDate, formatMonth } from './format';

const severity = { recu: 'info', en_cours: 'new', traite: 'success', refuse: 'error' } as const;

/** The documents sent, newest first, each with its status (and the reason of a refusal). */
export function SentDocuments({ documents, limit }: { documents: SentDocument[]; limit?: number }) {
  const { t, i18n } = useTranslation();
  const shown = limit ? documents.slice(0, limit) : documents;
  return (
    <ul className="kiosk-sent-documents">
      {shown.map((doc) => (
        <li key={doc.id} className="kiosk-sent-document" data-reference={doc.reference}>
          <p className="kiosk-sent-document__title">
            <strong>{t(`documents.types.${doc.type}`)}</strong>
            {doc.month && (
              <> — {t('documents.monthOf', { month: formatMonth(doc.month, i18n.language) })}</>
            )}
            {doc.description && <> — {doc.description}</>}
          </p>
          <p className="fr-text--sm">
            {t('documents.sentOn', { date: formatDate(doc.sentAt, i18n.language) })} ·{' '}
            {t('documents.sent.reference', { reference: doc.reference })}
          </p>
          <Badge severity={severity[doc.status]}>{t(`documents.statuses.${doc.status}`)}</Badge>
          {doc.status === 'refuse' && doc.reason && (
            <p className="fr-text--sm">{t('documents.refusedBecause', { reason: doc.reason })}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

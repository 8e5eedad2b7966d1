import { useTranslation } from 'react-i18next';
import type { SentDocument } from '../../../shared/contract/documents';
import { Badge } from '../../ui';
import { formatDate, formatMonth } from './format';

const severity = { recu: 'info', en_cours: 'new', traite: 'success', refuse: 'error' } as const;

/** The documents sent, newest first, each a card with its status (and the reason of a refusal). */
export function SentDocuments({ documents, limit }: { documents: SentDocument[]; limit?: number }) {
  const { t, i18n } = useTranslation();
  const shown = limit ? documents.slice(0, limit) : documents;
  return (
    <ul className="kiosk-cards">
      {shown.map((doc) => {
        const about = [
          doc.month && t('documents.monthOf', { month: formatMonth(doc.month, i18n.language) }),
          doc.description,
        ].filter(Boolean);
        return (
          <li key={doc.id} className="kiosk-card" data-reference={doc.reference}>
            <div className="kiosk-card__body">
              <p className="kiosk-card__title">{t(`documents.types.${doc.type}`)}</p>
              {about.length > 0 && <p>{about.join(' — ')}</p>}
              <p className="kiosk-card__meta">
                {t('documents.sentOn', { date: formatDate(doc.sentAt, i18n.language) })} ·{' '}
                {t('documents.sent.reference', { reference: doc.reference })}
              </p>
              {doc.status === 'refuse' && doc.reason && (
                <p>{t('documents.refusedBecause', { reason: doc.reason })}</p>
              )}
            </div>
            <div className="kiosk-card__aside">
              <Badge severity={severity[doc.status]}>{t(`documents.statuses.${doc.status}`)}</Badge>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

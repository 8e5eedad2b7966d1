import { useTranslation } from 'react-i18next';
import type { Adviser } from '../../../shared/contract/documents';

/** "Mon conseiller": name, agency, address, phone, hours (from the central API). */
export function AdviserContact({ adviser }: { adviser: Adviser | null }) {
  const { t } = useTranslation();
  if (!adviser) return <p>{t('documents.exchanges.noAdviser')}</p>;
  const rows: [string, string][] = [
    [t('documents.exchanges.adviserAgency'), adviser.agency],
    [t('documents.exchanges.adviserAddress'), adviser.address],
    [t('documents.exchanges.adviserPhone'), adviser.phone],
    [t('documents.exchanges.adviserHours'), adviser.hours],
  ];
  return (
    <>
      <p>
        <strong>{adviser.name}</strong>
      </p>
      <dl className="kiosk-adviser">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

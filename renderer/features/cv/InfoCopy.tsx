import { useTranslation } from 'react-i18next';
import type { CvSummary } from '../../../shared/contract/cv';
import { Button, StatusMessage } from '../../ui';

/** Copy the expériences and formations of another CV of the user: one button per other CV. */
export function CopyFromOtherCvs({
  others,
  notice,
  onCopy,
}: {
  others: CvSummary[];
  notice: string;
  onCopy(other: CvSummary): void;
}) {
  const { t } = useTranslation();
  if (others.length === 0) return null;
  return (
    <section aria-labelledby="cv-copy-title">
      <h2 id="cv-copy-title" className="fr-h6">
        {t('cv.info.copyFrom')}
      </h2>
      <div className="kiosk-form-actions">
        {others.map((other) => (
          <Button key={other.cvId} priority="secondary" onClick={() => onCopy(other)}>
            {t('cv.info.copy', { title: other.title || other.appellation || t('cv.noTitle') })}
          </Button>
        ))}
      </div>
      <StatusMessage message={notice} tone="success" />
    </section>
  );
}

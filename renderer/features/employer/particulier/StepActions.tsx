import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui';
import { useEndVisit } from '../../visit';

/** "Valider et continuer" (or back to the review), "Étape précédente", "Abandonner". */
export function StepActions({
  editingFromReview,
  previous,
  busy = false,
}: {
  editingFromReview: boolean;
  previous?: () => void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const endVisit = useEndVisit();
  const f = (key: string) => t(`employer.particulier.${key}`);
  return (
    <div className="kiosk-form-actions">
      <Button type="submit" nativeProps={{ 'aria-disabled': busy || undefined }}>
        {editingFromReview ? f('backToReview') : f('next')}
      </Button>
      {previous && !editingFromReview && (
        <Button priority="secondary" onClick={previous}>
          {f('previous')}
        </Button>
      )}
      <Button priority="tertiary" onClick={() => void endVisit()}>
        {f('abandon')}
      </Button>
    </div>
  );
}

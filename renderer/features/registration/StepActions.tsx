import { useTranslation } from 'react-i18next';
import { registrationSteps, useKioskStore } from '../../store';
import { Button } from '../../ui';
import { useEndVisit } from '../visit';

/** "Enregistrer et continuer", "Étape précédente" and "Abandonner" under every step. */
export function StepActions({ saving, first = false }: { saving: boolean; first?: boolean }) {
  const { t } = useTranslation();
  const endVisit = useEndVisit();
  const step = useKioskStore((s) => s.registration.step);
  const editingFromReview = useKioskStore((s) => s.registration.editingFromReview);
  const reference = useKioskStore((s) => s.registration.reference);
  const index = registrationSteps.indexOf(step as (typeof registrationSteps)[number]);
  // Once the draft is open the access codes are set: "previous" stops at the état civil.
  const previous = index > (reference ? 1 : 0) ? registrationSteps[index - 1] : undefined;
  return (
    <div className="kiosk-form-actions">
      <Button type="submit" nativeProps={{ 'aria-disabled': saving || undefined }}>
        {editingFromReview
          ? t('account.registration.backToReview')
          : t('account.registration.next')}
      </Button>
      {!first && previous && !editingFromReview && (
        <Button
          priority="secondary"
          onClick={() => useKioskStore.getState().registrationStep(previous)}
        >
          {t('account.registration.previous')}
        </Button>
      )}
      <Button priority="tertiary" onClick={() => void endVisit()}>
        {t('account.registration.abandon')}
      </Button>
    </div>
  );
}

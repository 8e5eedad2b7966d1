import { useTranslation } from 'react-i18next';
import { registrationSteps, useKioskStore } from '../../store';
import { StepActions as Actions } from '../steps/StepActions';

/** The registration's step actions: "previous" follows the store's step order. */
export function StepActions({ saving, first = false }: { saving: boolean; first?: boolean }) {
  const { t } = useTranslation();
  const step = useKioskStore((s) => s.registration.step);
  const editingFromReview = useKioskStore((s) => s.registration.editingFromReview);
  const reference = useKioskStore((s) => s.registration.reference);
  const index = registrationSteps.indexOf(step as (typeof registrationSteps)[number]);
  // Once the draft is open the access codes are set: "previous" stops at the état civil.
  const previous = !first && index > (reference ? 1 : 0) ? registrationSteps[index - 1] : undefined;
  return (
    <Actions
      text={(key) => t(`account.registration.${key}`)}
      editingFromReview={editingFromReview}
      previous={previous && (() => useKioskStore.getState().registrationStep(previous))}
      busy={saving}
    />
  );
}

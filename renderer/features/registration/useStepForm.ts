import type { z } from 'zod';
import type { RegistrationSection } from '../../../shared/domain/registration';
import { useKioskCall } from '../../bridge';
import { registrationSteps, useKioskStore, type RegistrationValues } from '../../store';
import { useKioskForm } from '../../ui';

/**
 * One step of the registration: its draft lives in the store (so "Étape précédente" and
 * "Modifier" keep everything typed), it is checked with the shared schema, saved as a draft
 * section on the central API, then the next step (or the review, after "Modifier") opens.
 */
export function useStepForm<K extends RegistrationSection>(section: K, schema: z.ZodType) {
  const save = useKioskCall('registration.saveSection');
  const editingFromReview = useKioskStore((s) => s.registration.editingFromReview);
  const form = useKioskForm<RegistrationValues[K]>({
    idPrefix: 'reg',
    schema,
    draft: useKioskStore.getState().registration.values[section],
    onDraftChange: (draft) => useKioskStore.getState().setRegistrationValues(section, draft),
  });

  const submit = form.onSubmit(async (values) => {
    // The schema has just accepted the draft: it is the section main expects.
    const result = await save.run({ section, data: values } as never);
    if (!result) return;
    if (!result.ok) return form.refuse(result.error);
    const store = useKioskStore.getState();
    store.registrationSaved(result.value.status);
    const next = registrationSteps[registrationSteps.indexOf(section) + 1] ?? 'review';
    store.registrationStep(editingFromReview ? 'review' : next);
  });

  return { ...form, submit, saving: form.submitting, editingFromReview };
}

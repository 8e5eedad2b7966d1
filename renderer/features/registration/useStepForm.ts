import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { ErrorCode } from '../../../shared/contract';
import { fieldErrorsOf, type RegistrationSection } from '../../../shared/domain/registration';
import { useKioskApi } from '../../bridge';
import { registrationSteps, useKioskStore, type RegistrationValues } from '../../store';
import { useFieldErrors } from '../password';

/**
 * One step of the registration: its values live in the store (so "Étape précédente" and "Modifier"
 * keep everything typed), it is checked with the shared schema, saved as a draft section on the
 * central API, then the next step (or the review, after "Modifier") opens.
 */
export function useStepForm<K extends RegistrationSection>(section: K, schema: z.ZodType) {
  const api = useKioskApi();
  const values = useKioskStore<RegistrationValues[K]>((s) => s.registration.values[section]);
  const editingFromReview = useKioskStore((s) => s.registration.editingFromReview);
  const fields = useFieldErrors('reg');
  const [formError, setFormError] = useState<ErrorCode | null>(null);
  const [saving, setSaving] = useState(false);

  // Reads the store afresh: two updates in a row (code postal, then its commune) both stick.
  const patch = (partial: Partial<RegistrationValues[K]>) => {
    const store = useKioskStore.getState();
    store.setRegistrationValues(section, { ...store.registration.values[section], ...partial });
  };
  const set = <F extends keyof RegistrationValues[K]>(field: F, value: RegistrationValues[K][F]) =>
    patch({ [field]: value } as unknown as Partial<RegistrationValues[K]>);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setFormError(null);
    const errors = fieldErrorsOf(schema, values);
    fields.show(errors);
    if (Object.keys(errors).length > 0) return;
    setSaving(true);
    const result = await api.call('registration.saveSection', {
      section,
      data: values,
    } as never);
    setSaving(false);
    if (!result.ok) {
      if (result.error.fields) fields.show(result.error.fields);
      else setFormError(result.error.code);
      return;
    }
    const store = useKioskStore.getState();
    store.registrationSaved(result.value.status);
    const next = registrationSteps[registrationSteps.indexOf(section) + 1] ?? 'review';
    store.registrationStep(editingFromReview ? 'review' : next);
  };

  const { errorOf } = fields;
  return { values, set, patch, submit, errorOf, formError, saving, editingFromReview };
}

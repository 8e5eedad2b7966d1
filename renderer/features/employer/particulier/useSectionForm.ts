import type { z } from 'zod';
import { useKioskForm } from '../../../ui';
import type { ParticulierValues, Section, StepProps } from './values';

/**
 * One screen of the particulier flow: its draft is the screen's state, checked with its shared
 * schema on "Valider et continuer"; it opens with the central API's refusal when there is one.
 */
export function useSectionForm<S extends Section>(props: StepProps<S>, schema: z.ZodType) {
  const form = useKioskForm<ParticulierValues[S]>({
    idPrefix: 'pem',
    schema,
    draft: props.values,
    onDraftChange: props.patch,
    initialErrors: props.initialErrors,
  });
  return { ...form, submit: form.onSubmit(props.done), v: form.values };
}

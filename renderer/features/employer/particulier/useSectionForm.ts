import { useEffect, type FormEvent } from 'react';
import type { z } from 'zod';
import { fieldErrorsOf } from '../../../../shared/domain/registration';
import { useFieldErrors } from '../../password';
import type { Section, StepProps } from './values';

/**
 * One screen of the particulier flow: checked with its shared schema on "Valider et continuer"; a
 * bad field gets its message beside it (and the focus) and nothing typed is lost.
 */
export function useSectionForm<S extends Section>(props: StepProps<S>, schema: z.ZodType) {
  const fields = useFieldErrors('pem');
  const { initialErrors } = props;
  useEffect(() => {
    if (Object.keys(initialErrors).length > 0) fields.show(initialErrors);
    // Only once, when the step opens with the central API's refusal.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = fieldErrorsOf(schema, props.values);
    fields.show(errors);
    if (Object.keys(errors).length === 0) props.done();
  };
  const { errorOf } = fields;
  const set = <F extends keyof typeof props.values>(field: F, value: (typeof props.values)[F]) =>
    props.patch({ [field]: value } as unknown as Partial<typeof props.values>);
  return { submit, errorOf, set, v: props.values };
}

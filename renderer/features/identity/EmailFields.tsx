import { TextInput } from '../../ui';
import type { IdentityFieldsProps } from './types';

interface EmailValues {
  email?: string;
  emailConfirmation?: string;
}

/** No autofill or capitalisation: the terminal is shared and an address is typed as it is. */
const emailInput = { type: 'email', autoComplete: 'off', autoCapitalize: 'none' } as const;

/**
 * The e-mail and its confirmation, as every account flow asks them. `text` gives the labels, so a
 * flow where the address is optional passes its "(facultatif)" wording.
 */
export function EmailFields<V extends EmailValues>({
  idPrefix,
  text,
  hint,
  values,
  errorOf,
  set,
}: IdentityFieldsProps<V> & { hint: string }) {
  return (
    <>
      <TextInput
        id={`${idPrefix}-email`}
        label={text('email')}
        hint={hint}
        error={errorOf('email')}
        value={values.email ?? ''}
        onChange={(x) => set('email', x as V['email'])}
        inputProps={emailInput}
      />
      <TextInput
        id={`${idPrefix}-emailConfirmation`}
        label={text('emailConfirmation')}
        error={errorOf('emailConfirmation')}
        value={values.emailConfirmation ?? ''}
        onChange={(x) => set('emailConfirmation', x as V['emailConfirmation'])}
        inputProps={emailInput}
      />
    </>
  );
}

import { TextInput } from '../../ui';
import type { IdentityFieldsProps } from './types';

/**
 * The numéro de sécurité sociale as typed from the carte Vitale: 15 characters, with the spaces a
 * person may type (hence 21) and 2A/2B for Corsica in capitals.
 */
export function NirField<V extends { nir?: string }>({
  idPrefix,
  text,
  values,
  errorOf,
  set,
}: IdentityFieldsProps<V>) {
  return (
    <TextInput
      id={`${idPrefix}-nir`}
      label={text('nir')}
      hint={text('nirHint')}
      error={errorOf('nir')}
      value={values.nir ?? ''}
      onChange={(x) => set('nir', x as V['nir'])}
      inputProps={{ autoComplete: 'off', maxLength: 21, autoCapitalize: 'characters' }}
    />
  );
}

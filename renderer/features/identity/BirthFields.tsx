import { useState } from 'react';
import type { Commune } from '../../../shared/domain/communes';
import { DateField, TextInput } from '../../ui';
import { CommuneField } from './CommuneField';
import type { IdentityFieldsProps } from './types';

interface BirthDateValues {
  dateNaissance: string;
}

/** Date de naissance typed as JJ/MM/AAAA, kept as typed on screen and checked as an ISO date. */
export function BirthDateField<V extends BirthDateValues>({
  idPrefix,
  text,
  values,
  errorOf,
  set,
}: IdentityFieldsProps<V>) {
  return (
    <DateField
      id={`${idPrefix}-dateNaissance`}
      label={text('dateNaissance')}
      hint={text('dateNaissanceHint')}
      error={errorOf('dateNaissance')}
      value={values.dateNaissance}
      onChange={(iso) => set('dateNaissance', iso as V['dateNaissance'])}
    />
  );
}

interface BirthPlaceValues {
  paysNaissance: string;
  communeNaissance: Commune | null;
}

/** Pays de naissance, and for France the commune found from its postal code. */
export function BirthPlaceFields<V extends BirthPlaceValues>({
  idPrefix,
  text,
  values,
  errorOf,
  set,
}: IdentityFieldsProps<V>) {
  const [birthCode, setBirthCode] = useState('');
  const bornInFrance = values.paysNaissance.trim().toUpperCase() === 'FRANCE';
  return (
    <>
      <TextInput
        id={`${idPrefix}-paysNaissance`}
        label={text('paysNaissance')}
        error={errorOf('paysNaissance')}
        value={values.paysNaissance}
        onChange={(x) => set('paysNaissance', x as V['paysNaissance'])}
        inputProps={{ autoComplete: 'off' }}
      />
      {bornInFrance && (
        <CommuneField
          codePostalId={`${idPrefix}-naissance-codePostal`}
          communeId={`${idPrefix}-communeNaissance`}
          codePostalLabel={text('codePostalNaissance')}
          codePostal={birthCode}
          commune={values.communeNaissance}
          communeError={errorOf('communeNaissance')}
          onChange={(code, commune) => {
            setBirthCode(code);
            set('communeNaissance', commune as V['communeNaissance']);
          }}
        />
      )}
    </>
  );
}

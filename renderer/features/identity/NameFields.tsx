import { RadioGroup, TextInput } from '../../ui';
import type { IdentityFieldsProps } from './types';

interface NameValues {
  /** '' until one is chosen. */
  civilite: 'M' | 'F' | '';
  nomNaissance: string;
  nomUsage?: string;
}

/** Civilité, nom de naissance and the optional nom d'usage, as every état civil asks them. */
export function NameFields<V extends NameValues>({
  idPrefix,
  text,
  optional,
  values,
  errorOf,
  set,
}: IdentityFieldsProps<V> & { optional(label: string): string }) {
  return (
    <>
      <RadioGroup
        name={`${idPrefix}-civilite`}
        legend={text('civilite')}
        error={errorOf('civilite')}
        value={values.civilite}
        onChange={(c) => set('civilite', c as V['civilite'])}
        options={[
          { value: 'F', label: text('madame') },
          { value: 'M', label: text('monsieur') },
        ]}
      />
      <TextInput
        id={`${idPrefix}-nomNaissance`}
        label={text('nomNaissance')}
        error={errorOf('nomNaissance')}
        value={values.nomNaissance}
        onChange={(x) => set('nomNaissance', x as V['nomNaissance'])}
        inputProps={{ autoComplete: 'off' }}
      />
      <TextInput
        id={`${idPrefix}-nomUsage`}
        label={optional(text('nomUsage'))}
        error={errorOf('nomUsage')}
        value={values.nomUsage ?? ''}
        onChange={(x) => set('nomUsage', x as V['nomUsage'])}
        inputProps={{ autoComplete: 'off' }}
      />
    </>
  );
}

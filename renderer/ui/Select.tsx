import { Select as DsfrSelect } from '@codegouvfr/react-dsfr/Select';
import type { Ref } from 'react';

export interface SelectProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange(value: string): void;
  /** value → visible label; the first, empty option says "Sélectionner…". */
  options: { value: string; label: string }[];
  placeholder: string;
  selectRef?: Ref<HTMLSelectElement>;
}

/** A labelled list with its error message (linked by the design system), 44 px high. */
export function Select({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  options,
  placeholder,
  selectRef,
}: SelectProps) {
  return (
    <DsfrSelect
      label={label}
      hint={hint}
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error}
      nativeSelectProps={{
        id,
        ref: selectRef,
        value,
        onChange: (event) => onChange(event.target.value),
        'aria-invalid': error ? true : undefined,
      }}
    >
      <option value="" disabled>
        {placeholder}
      </option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </DsfrSelect>
  );
}

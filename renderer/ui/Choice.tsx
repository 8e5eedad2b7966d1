import { Checkbox as DsfrCheckbox } from '@codegouvfr/react-dsfr/Checkbox';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import type { ReactNode } from 'react';

export interface CheckboxProps {
  id: string;
  label: ReactNode;
  hint?: string;
  error?: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

/** One labelled checkbox (a consent, "Je n'ai pas de numéro"), with its error under it. */
export function Checkbox({ id, label, hint, error, checked, onChange }: CheckboxProps) {
  return (
    // The design system ids the input `${id}-0` and points the label at it: never override it.
    <DsfrCheckbox
      id={id}
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error}
      options={[
        {
          label,
          hintText: hint,
          nativeInputProps: {
            checked,
            onChange: (event) => onChange(event.target.checked),
            'aria-invalid': error ? true : undefined,
          },
        },
      ]}
    />
  );
}

export interface RadioGroupProps {
  name: string;
  legend: string;
  error?: string;
  value: string;
  onChange(value: string): void;
  /** `hint`: a line under the option's label saying what choosing it means. */
  options: { value: string; label: string; hint?: string }[];
  /** One option per line, for long labels (the default lays short ones side by side). */
  vertical?: boolean;
}

/** A group of radio buttons with its legend (civilité, oui/non questions). */
export function RadioGroup({
  name,
  legend,
  error,
  value,
  onChange,
  options,
  vertical = false,
}: RadioGroupProps) {
  return (
    <RadioButtons
      id={name}
      legend={legend}
      name={name}
      orientation={vertical ? 'vertical' : 'horizontal'}
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error}
      options={options.map((o) => ({
        label: o.label,
        hintText: o.hint,
        nativeInputProps: {
          value: o.value,
          checked: value === o.value,
          onChange: () => onChange(o.value),
        },
      }))}
    />
  );
}

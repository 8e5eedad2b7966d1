import { useState } from 'react';
import { TextInput } from './TextInput';
import { toDisplayDate, toIsoDate, typedDate } from './dates';

export interface DateFieldProps {
  id: string;
  label: string;
  /** Says the format (JJ/MM/AAAA) and any range, from the catalogue. */
  hint: string;
  error?: string;
  /** 'YYYY-MM-DD' once complete, what was typed while it is not, '' when empty. */
  value: string;
  onChange(value: string): void;
}

/**
 * The one date field: typed as JJ/MM/AAAA on the numeric keypad, whatever the browser's language
 * (a native date input would follow it). The form keeps an ISO date for the schema to check; an
 * incomplete or impossible date stays as typed and the schema says what is wrong.
 */
export function DateField({ id, label, hint, error, value, onChange }: DateFieldProps) {
  const [typed, setTyped] = useState(() => toDisplayDate(value));
  return (
    <TextInput
      id={id}
      label={label}
      hint={hint}
      error={error}
      value={typed}
      onChange={(raw) => {
        const next = typedDate(raw, typed);
        setTyped(next);
        onChange(toIsoDate(next));
      }}
      inputProps={{ inputMode: 'numeric', autoComplete: 'off', maxLength: 10 }}
    />
  );
}

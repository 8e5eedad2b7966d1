import { useState } from 'react';

/**
 * Field errors as catalogue keys, keyed by field name; showing them moves the focus to the first
 * faulty field (whose id is `<prefix>-<field>`), so a keyboard or screen reader user lands on it.
 */
export function useFieldErrors(prefix: string) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  return {
    errors,
    show(next: Record<string, string>) {
      setErrors(next);
      const first = Object.keys(next)[0];
      if (first) document.getElementById(`${prefix}-${first.split('.')[0]}`)?.focus();
    },
    clear: () => setErrors({}),
  };
}

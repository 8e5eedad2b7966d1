import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Field errors as catalogue keys, keyed by field name; showing them moves the focus to the first
 * faulty field (whose id is `<prefix>-<field>`), so a keyboard or screen reader user lands on it.
 * The focus moves after the render: the design system rebuilds a field when it turns invalid.
 */
export function useFieldErrors(prefix: string) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [focusRequest, setFocusRequest] = useState<{ fields: string[] } | null>(null);
  useEffect(() => {
    if (!focusRequest) return;
    // The first faulty field on screen (not in schema order); a group's first input.
    const targets = focusRequest.fields
      .map((field) => document.getElementById(`${prefix}-${field}`))
      .filter((el): el is HTMLElement => el !== null)
      .map((el) =>
        el.matches('input, select, textarea, button, [tabindex]')
          ? el
          : (el.querySelector<HTMLElement>('input, select, textarea') ?? el),
      )
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    targets[0]?.focus();
  }, [focusRequest, prefix]);
  return {
    errors,
    /** The field's message, in the chosen language, for its `error` prop. */
    errorOf: (field: string) => (errors[field] ? t(errors[field]) : undefined),
    show(next: Record<string, string>) {
      setErrors(next);
      const fields = Object.keys(next).map((key) => key.split('.')[0] ?? key);
      if (fields.length > 0) setFocusRequest({ fields });
    },
    clear: () => setErrors({}),
  };
}

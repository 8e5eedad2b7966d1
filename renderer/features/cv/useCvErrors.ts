import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskErrorInfo } from '../../../shared/contract';

/**
 * Errors of the CV screens: per field (catalogue keys from shared/domain/cv or from main), shown
 * next to their field, and one message for the form (a refusal that names no field).
 */
export function useCvErrors() {
  const { t } = useTranslation();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [form, setForm] = useState<string | null>(null);

  const show = useCallback(
    (error: KioskErrorInfo) => {
      const byField = { ...(error.fields ?? {}) };
      const general = byField._;
      delete byField._;
      setFields(byField);
      const known = (key: string) => key.startsWith('cv.validation.');
      if (general) setForm(t(general));
      else if (error.code !== 'invalid_input' || Object.keys(byField).length === 0)
        setForm(t(`errors.${error.code}`, { minutes: 0 }));
      else if (!Object.values(byField).every(known)) setForm(t('errors.invalid_input'));
      else setForm(null);
    },
    [t],
  );

  const errorOf = useCallback(
    (path: string) => (fields[path] ? t(fields[path]) : undefined),
    [fields, t],
  );

  const clear = useCallback(() => {
    setFields({});
    setForm(null);
  }, []);

  return { fields, form, show, showFields: setFields, errorOf, clear, setForm };
}

export type CvErrors = ReturnType<typeof useCvErrors>;

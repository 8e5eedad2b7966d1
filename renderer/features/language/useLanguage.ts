import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { initI18n, type LanguageCode } from '../../i18n';
import { useKioskStore } from '../../store';

/**
 * The visitor's language choice, applied at once (the next screen must not flash in the previous
 * language) and kept in the store so that the visit's end, which resets the store, brings the
 * terminal's own language back.
 */
export function useChooseLanguage(): (code: LanguageCode) => void {
  const setLanguage = useKioskStore((s) => s.setLanguage);
  return (code) => {
    setLanguage(code);
    initI18n(code);
  };
}

/** Keeps i18next on the visit's language, or the terminal's when the visitor chose none. */
export function useVisitLanguage(): void {
  const chosen = useKioskStore((s) => s.language);
  const terminal = useKioskStore((s) => s.settings?.locale);
  const { i18n } = useTranslation();
  useEffect(() => {
    const wanted = chosen ?? terminal ?? 'fr';
    if (i18n.language !== wanted) initI18n(wanted);
  }, [chosen, terminal, i18n]);
}

import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ar } from './ar';
import { en } from './en';
import { fr } from './fr';
import { directionOf, supportedLocales } from './languages';

export { directionOf, languages, supportedLocales, type LanguageCode } from './languages';
export const catalogues = { fr, en, ar } as const;

/** <html lang dir>: screen readers, fonts and the mirrored layout all follow them. */
function markDocument(lng: string): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = directionOf(lng);
}

/**
 * One i18next instance for the whole UI, French first and as fallback. Catalogues are bundled
 * (no network); initialisation is synchronous so the first render already speaks French.
 */
export function initI18n(locale = 'fr'): i18n {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: {
        fr: { translation: fr },
        en: { translation: en },
        ar: { translation: ar },
      },
      lng: pickLocale(locale),
      fallbackLng: 'fr',
      supportedLngs: [...supportedLocales],
      load: 'languageOnly',
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes what it renders.
      returnNull: false,
      showSupportNotice: false,
    });
    i18next.on('languageChanged', markDocument);
  } else {
    void i18next.changeLanguage(pickLocale(locale));
  }
  markDocument(i18next.language);
  return i18next;
}

/** 'fr-FR' → 'fr'; anything we do not translate → 'fr'. */
export function pickLocale(locale: string): (typeof supportedLocales)[number] {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return supportedLocales.find((l) => l === base) ?? 'fr';
}

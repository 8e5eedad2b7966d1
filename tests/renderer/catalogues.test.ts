import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { catalogues, initI18n, languages } from '../../renderer/i18n';

type Entry = [key: string, value: string];
function entries(value: object, prefix = ''): Entry[] {
  return Object.entries(value).flatMap(([key, child]): Entry[] =>
    typeof child === 'string'
      ? [[`${prefix}${key}`, child]]
      : entries(child as object, `${prefix}${key}.`),
  );
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const words = (value: string) => value.replace(/\{\{\w+\}\}/g, '');

/**
 * Values another language may share with French: official names and codes the visitor meets on
 * letters and at the desk, and words spelt alike. Anything else identical to French is French left
 * untranslated.
 */
const sameAsFrench = new Set([
  'Identifiant',
  'Actualisation',
  'Madame',
  'Monsieur',
  'SIRET',
  'République',
  'Française',
  'Actions',
  'Pause',
  'table',
  'Page {{n}}',
  '{{count}} min',
  '{{count}} h',
  '{{count}} s',
  '{{minutes}} minutes',
  'عربي',
  // The on-screen keyboard's spoken names of signs.
  'apostrophe',
]);
/**
 * French words English text keeps: names (places, the former agency name) and the French job
 * titles the CV search looks up.
 */
const frenchProperNames = [
  'maître nageur',
  'Pôle emploi',
  'Édouard Michelin',
  'département',
  'République',
  'Française',
];
/** Arabic text keeps Latin codes; a value with no Arabic letter at all is only one of these. */
const latinOnlyInArabic = new Set(['ABC']);

describe('every language catalogue', () => {
  const fr = entries(catalogues.fr);
  const frValues = new Map(fr);
  const frPlurals = new Set(
    fr.filter(([key]) => pluralSuffix.test(key)).map(([key]) => key.replace(pluralSuffix, '')),
  );
  const frSingles = fr.map(([key]) => key).filter((key) => !pluralSuffix.test(key));

  it('is listed once with its own name and direction, and has a catalogue', () => {
    expect(languages.map((l) => l.code)).toEqual(Object.keys(catalogues));
    expect(languages.find((l) => l.code === 'ar')?.dir).toBe('rtl');
  });

  for (const { code } of languages) {
    const own = entries(catalogues[code]);
    it(`${code}: has exactly French's keys, with its own plural forms`, () => {
      const singles = own.map(([key]) => key).filter((key) => !pluralSuffix.test(key));
      expect(singles.sort()).toEqual([...frSingles].sort());
      // The forms the kiosk's counts (seconds, pages, fields: under 100) take in this language;
      // French's "many" is for millions only.
      const rules = new Intl.PluralRules(code);
      const categories = new Set(Array.from({ length: 101 }, (_, n) => rules.select(n)));
      for (const base of frPlurals) {
        const forms = own
          .map(([key]) => key)
          .filter((key) => key.replace(pluralSuffix, '') === base && pluralSuffix.test(key))
          .map((key) => pluralSuffix.exec(key)?.[1]);
        expect(forms.sort(), `${code}: ${base}`).toEqual([...categories].sort());
      }
    });

    if (code === 'fr') continue;
    it(`${code}: has no French left`, () => {
      const untranslated = own.filter(
        ([key, value]) =>
          frValues.get(key) === value && /\p{L}/u.test(words(value)) && !sameAsFrench.has(value),
      );
      expect(untranslated).toEqual([]);
    });
  }

  it('en: no French-only letters or words', () => {
    const french = entries(catalogues.en).filter(([, value]) => {
      const rest = frenchProperNames.reduce((text, name) => text.replaceAll(name, ''), value);
      return /[éèêëàâçùûîïôœ«»]|\b(vous|votre|vos|les|des|du|et|est|pour)\b/iu.test(rest);
    });
    expect(french).toEqual([]);
  });

  it('ar: every text is written in Arabic, Latin kept only for names and codes inside it', () => {
    const notArabic = entries(catalogues.ar).filter(
      ([, value]) =>
        /\p{L}/u.test(words(value)) &&
        !/\p{Script=Arabic}/u.test(value) &&
        !latinOnlyInArabic.has(value),
    );
    expect(notArabic).toEqual([]);
  });

  it('ar: counts take the six Arabic plural forms, official names stay in Latin script', () => {
    initI18n('ar');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(i18next.t('form.errorsToFix', { count: 1 })).toBe('خانة واحدة يجب تصحيحها.');
    expect(i18next.t('form.errorsToFix', { count: 2 })).toBe('خانتان يجب تصحيحهما.');
    expect(i18next.t('form.errorsToFix', { count: 3 })).toBe('3 خانات يجب تصحيحها.');
    expect(i18next.t('form.errorsToFix', { count: 11 })).toBe('11 خانة يجب تصحيحها.');
    expect(i18next.t('login.identifiant')).toContain('Identifiant');
    expect(i18next.t('welcome.title')).toContain('France Travail');
    initI18n('fr');
    expect(document.documentElement.dir).toBe('ltr');
  });
});

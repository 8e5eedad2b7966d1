import type { Catalogue } from './fr';

/**
 * The interface languages, in the order the choice shows them. Adding a language is one line here
 * and one catalogue beside fr (the catalogue test then asks for every key, its plural forms and no
 * French left). Each name is the language's own name, written the way its readers know it: a
 * visitor looks for their language, not for a word of ours, so these names are never translated.
 */
export const languages = [
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
] as const satisfies readonly { code: string; name: string; dir: 'ltr' | 'rtl' }[];

export type LanguageCode = (typeof languages)[number]['code'];

export const supportedLocales = languages.map((l) => l.code);

/** Writing direction of a language: the page is mirrored for right-to-left scripts. */
export function directionOf(code: string): 'ltr' | 'rtl' {
  return languages.find((l) => l.code === code)?.dir ?? 'ltr';
}

/** The plural forms Arabic has beyond French's one/other (zero, two, few, many). */
type ExtraPlural = 'zero' | 'two' | 'few' | 'many';
type WithPlurals<T> = { [K in keyof T]: T[K] extends string ? string : WithPlurals<T[K]> } & {
  [key: `${string}_${ExtraPlural}`]: string;
};
/** A catalogue for a language with more plural forms: fr's keys plus those forms. */
export type ArabicCatalogue = WithPlurals<Catalogue>;

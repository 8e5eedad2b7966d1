import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../shared/contract';
import { loginFieldErrors } from '../../shared/domain/login';
import { catalogues, initI18n, pickLocale } from '../../renderer/i18n';

function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'string' ? [`${prefix}${key}`] : keysOf(child as object, `${prefix}${key}.`),
  );
}

/** Every catalogue key the shared sign-in rules can produce, found by breaking each rule. */
function domainValidationKeys(): string[] {
  const valid = { identifiant: '1234567A', motDePasse: 'secret', codePostal: '75011' };
  const broken = [
    { identifiant: '', motDePasse: '', codePostal: '' },
    { ...valid, identifiant: '12 34-A' },
    { ...valid, identifiant: 'A'.repeat(31) },
    { ...valid, motDePasse: 'x'.repeat(129) },
    { ...valid, codePostal: '75' },
    { ...valid, codePostal: '00000' },
  ];
  return [...new Set(broken.flatMap((input) => Object.values(loginFieldErrors(input))))];
}

describe('message catalogues', () => {
  it('fr and en have exactly the same keys, none empty', () => {
    const fr = keysOf(catalogues.fr).sort();
    expect(keysOf(catalogues.en).sort()).toEqual(fr);
    for (const [name, locale] of Object.entries(catalogues)) {
      const t = i18next.getFixedT(name);
      for (const key of keysOf(locale))
        expect(t(key, { count: 2, screen: 'x' }).trim(), `${name}: ${key}`).not.toBe('');
    }
  });

  it('have a message for every error code of the contract', () => {
    const fr = keysOf(catalogues.fr);
    for (const code of errorCodes) expect(fr).toContain(`errors.${code}`);
  });

  it('have a message for every validation key of the shared sign-in rules', () => {
    const keys = domainValidationKeys();
    expect(keys).toEqual(
      expect.arrayContaining([
        'validation.identifiant.required',
        'validation.identifiant.format',
        'validation.motDePasse.required',
        'validation.motDePasse.tooLong',
        'validation.codePostal.required',
        'validation.codePostal.format',
      ]),
    );
    for (const locale of Object.values(catalogues)) {
      const available = keysOf(locale);
      for (const key of keys) expect(available, key).toContain(key);
    }
  });

  it('follows the terminal locale, French for anything it does not know, and sets <html lang>', () => {
    expect(pickLocale('en-GB')).toBe('en');
    expect(pickLocale('de')).toBe('fr');
    initI18n('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18next.t('welcome.start')).toBe('Start');
    initI18n('fr-FR');
    expect(document.documentElement.lang).toBe('fr');
    expect(i18next.t('welcome.start')).toBe('Commencer');
    expect(i18next.t('idle.text', { count: 1 })).toMatch(/dans 1 seconde\.$/);
    expect(i18next.t('idle.text', { count: 5 })).toMatch(/dans 5 secondes\.$/);
  });
});

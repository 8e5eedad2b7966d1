import { describe, expect, it } from 'vitest';
import { loginFieldErrors, loginSchema } from '../../../shared/domain/login';
import { isFrenchPostalCode } from '../../../shared/domain/postalCode';

describe('code postal', () => {
  it.each([
    '75011',
    '22200',
    '01000',
    '20000',
    '20090',
    '97100',
    '97411',
    '98000',
    '98800',
    '95000',
  ])('accepts %s', (code) => {
    expect(isFrenchPostalCode(code)).toBe(true);
  });
  it.each([
    '',
    '7501',
    '750111',
    '00100',
    '96000',
    '97900',
    '99000',
    'ABCDE',
    '75 01',
    '７５０１１',
  ])('refuses %j', (code) => {
    expect(isFrenchPostalCode(code)).toBe(false);
  });
});

describe('sign-in form', () => {
  it('names every empty field with its own catalogue key', () => {
    expect(loginFieldErrors({ identifiant: '', motDePasse: '', codePostal: '' })).toEqual({
      identifiant: 'validation.identifiant.required',
      motDePasse: 'validation.motDePasse.required',
      codePostal: 'validation.codePostal.required',
    });
  });

  it('explains a malformed identifiant or code postal', () => {
    expect(
      loginFieldErrors({ identifiant: '1234-567', motDePasse: 'x', codePostal: '7501' }),
    ).toEqual({
      identifiant: 'validation.identifiant.format',
      codePostal: 'validation.codePostal.format',
    });
  });

  it('accepts both identifiant shapes, the assigned one and the one chosen at registration', () => {
    for (const identifiant of ['1234567A', '7654321b', 'frankcapra', 'BoulangeriePort'])
      expect(loginFieldErrors({ identifiant, motDePasse: 'x', codePostal: '75011' })).toEqual({});
    for (const identifiant of ['12345', '12345678', 'frank.capra', 'a'.repeat(21)])
      expect(loginFieldErrors({ identifiant, motDePasse: 'x', codePostal: '75011' })).toEqual({
        identifiant: 'validation.identifiant.format',
      });
  });

  it('normalises what people type on a touch screen: spaces around, lower-case letters', () => {
    expect(
      loginSchema.parse({
        identifiant: ' 1234567a ',
        motDePasse: ' pass word ',
        codePostal: ' 75011 ',
      }),
    ).toEqual({
      identifiant: '1234567A',
      motDePasse: ' pass word ',
      codePostal: '75011',
    });
  });

  it('never throws, whatever is typed', () => {
    for (const value of ['\u0000', '💥'.repeat(500), '<script>', '9'.repeat(10_000)]) {
      expect(() =>
        loginFieldErrors({ identifiant: value, motDePasse: value, codePostal: value }),
      ).not.toThrow();
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidEmail, maskEmail, sameEmail } from '../../../shared/domain/email';
import { formatFrenchPhone, parseFrenchPhone } from '../../../shared/domain/phone';

describe('French phone numbers', () => {
  it.each([
    ['06 12 34 56 78', 'mobile', '+33612345678'],
    ['07.81.23.45.67', 'mobile', '+33781234567'],
    ['+33 6 12 34 56 78', 'mobile', '+33612345678'],
    ['+33 (0)7 12 34 56 78', 'mobile', '+33712345678'],
    ['0033612345678', 'mobile', '+33612345678'],
    ['01 45 67 89 10', 'landline', '+33145678910'],
    ['05-56-00-00-00', 'landline', '+33556000000'],
    ['09 72 12 34 56', 'landline', '+33972123456'],
  ])('reads %j as a %s', (value, kind, e164) => {
    expect(parseFrenchPhone(value)).toMatchObject({ kind, e164 });
  });

  it.each([
    '',
    '06 12 34 56',
    '06123456789',
    '08 00 00 00 00',
    '00 12 34 56 78',
    '+44 20 7946 0958',
    '06-12-34-56-7a',
  ])('refuses %j', (value) => {
    expect(parseFrenchPhone(value)).toBeNull();
  });

  it('formats by pairs for review screens', () => {
    const phone = parseFrenchPhone('+33612345678');
    expect(phone && formatFrenchPhone(phone)).toBe('06 12 34 56 78');
  });

  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        parseFrenchPhone(value);
      }),
    );
  });
});

describe('e-mail addresses', () => {
  it.each([
    'camille.martin@example.fr',
    'c+kiosque@mail.example.com',
    ' karim_b@laposte.net ',
    "o'neil@exemple.org",
  ])('accepts %j', (value) => {
    expect(isValidEmail(value)).toBe(true);
  });
  it.each([
    '',
    'camille',
    'camille@',
    '@example.fr',
    'camille@example',
    'ca mille@example.fr',
    'a@b@example.fr',
    'camille@exa_mple.fr',
    'camille..martin@example.fr',
    'camille@example.f',
  ])('refuses %j', (value) => {
    expect(isValidEmail(value)).toBe(false);
  });
  it('compares a confirmation ignoring the case of the domain only', () => {
    expect(sameEmail('Camille@Example.FR', 'Camille@example.fr')).toBe(true);
    expect(sameEmail('camille@example.fr', 'Camille@example.fr')).toBe(false);
  });
  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        isValidEmail(a);
        sameEmail(a, b);
      }),
    );
  });
});

describe('masked e-mail address', () => {
  it.each([
    ['camille.martin@laposte.fr', 'c…@l…fr'],
    ['karim.benali@example.fr', 'k…@e…fr'],
    [' Lea@Mail.Example.COM ', 'L…@M…COM'],
    ['x@y.org', 'x…@y…org'],
  ])('shows %j as %j: first letters and the top-level domain only', (address, masked) => {
    expect(maskEmail(address)).toBe(masked);
  });
  it('never gives back more than 2 characters of the address besides its top-level domain', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        const tld = address.slice(address.lastIndexOf('.') + 1);
        const masked = maskEmail(address);
        expect(masked.replace('…@', '').replace(/…[^…]*$/, '').length).toBeLessThanOrEqual(2);
        expect(masked.endsWith(`…${tld}`)).toBe(true);
      }),
    );
  });
});

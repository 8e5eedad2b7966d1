/**
 * SIRET: 14 digits (SIREN 9 + NIC 5), checked with Luhn. La Poste's establishments (SIREN
 * 356 000 000) are too many for Luhn's numbering: for them INSEE's rule is that the sum of the 14
 * digits is a multiple of 5.
 */
export const LA_POSTE_SIREN = '356000000';

export type SiretProblem = 'format' | 'checksum';

export function normaliseSiret(value: string): string {
  return value.replace(/[\s.]/g, '');
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function siretProblem(raw: string): SiretProblem | null {
  const siret = normaliseSiret(raw);
  if (!/^\d{14}$/.test(siret)) return 'format';
  if (siret.startsWith(LA_POSTE_SIREN)) {
    const sum = [...siret].reduce((total, c) => total + Number(c), 0);
    return sum % 5 === 0 ? null : 'checksum';
  }
  return luhnValid(siret) ? null : 'checksum';
}

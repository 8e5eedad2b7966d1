/**
 * French phone numbers as people type them: "06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78",
 * "+33 (0)6 12 34 56 78", "0033612345678". Mobile: 06 and 07; landline: 01 to 05 and 09 (09 is the
 * "box" numbers, used as a home line). 08 numbers are services, not a way to reach a person.
 */
export type PhoneKind = 'mobile' | 'landline';

export interface FrenchPhone {
  kind: PhoneKind;
  /** 10 digits, "0612345678". */
  national: string;
  /** "+33612345678". */
  e164: string;
}

export function parseFrenchPhone(raw: string): FrenchPhone | null {
  if (raw.length > 40) return null;
  let value = raw.replace(/[\s.\-/]/g, '');
  value = value.replace(/^\+33\(0\)/, '+33');
  if (value.startsWith('+33')) value = `0${value.slice(3)}`;
  else if (value.startsWith('0033')) value = `0${value.slice(4)}`;
  if (!/^0[1-9]\d{8}$/.test(value)) return null;
  const prefix = value[1];
  const kind: PhoneKind | null =
    prefix === '6' || prefix === '7'
      ? 'mobile'
      : prefix === '9' || (prefix !== undefined && prefix >= '1' && prefix <= '5')
        ? 'landline'
        : null;
  if (!kind) return null;
  return { kind, national: value, e164: `+33${value.slice(1)}` };
}

/** "06 12 34 56 78", for review screens. */
export function formatFrenchPhone(phone: FrenchPhone): string {
  return phone.national.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/**
 * Numéro de sécurité sociale (NIR): 13 characters + a 2-digit key, 15 in all.
 *   sexe (1) · année (2) · mois (2) · département (2, "2A"/"2B" for Corsica) · commune (3) · ordre (3) · clé (2)
 * The key is 97 − (number mod 97), computed with 2A read as 19 and 2B as 18 (INSEE's rule).
 */
export type NirProblem = 'format' | 'key' | 'sex' | 'birthYear' | 'birthMonth';

export interface NirContext {
  /** 'M' (Monsieur) or 'F' (Madame), when known. */
  sex?: 'M' | 'F';
  /** The date of birth entered elsewhere on the form, as YYYY-MM-DD. */
  birthDate?: string;
}

const NIR_SHAPE = /^([12])(\d{2})(\d{2})(\d{2}|2A|2B)(\d{3})(\d{3})(\d{2})$/;

/** Spaces, dots and dashes are how people copy it from their card; letters are upper-cased. */
export function normaliseNir(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}

/** The key of the first 13 characters, or null when they are not a NIR body. */
export function nirKey(body: string): number | null {
  if (!/^[12]\d{4}(\d{2}|2A|2B)\d{6}$/.test(body)) return null;
  const numeric = body.replace(/^(.{5})2A/, '$119').replace(/^(.{5})2B/, '$118');
  // 13 digits stay far below 2^53: a plain number is exact here.
  return 97 - (Number(numeric) % 97);
}

/** Month field: 01–12, or 20 and 30–42 and 50–99 for people whose birth month is unknown. */
function birthMonthKnown(month: number): boolean {
  return month >= 1 && month <= 12;
}

function monthIsValid(month: number): boolean {
  return birthMonthKnown(month) || month === 20 || (month >= 30 && month <= 42) || month >= 50;
}

/** The first problem of a NIR (normalised first), or null when it is valid and consistent. */
export function nirProblem(raw: string, context: NirContext = {}): NirProblem | null {
  const nir = normaliseNir(raw);
  const match = NIR_SHAPE.exec(nir);
  if (!match) return 'format';
  const [, sex, year, month, department, commune, order, key] = match as unknown as string[];
  const monthNumber = Number(month);
  if (!monthIsValid(monthNumber) || department === '00' || commune === '000' || order === '000')
    return 'format';
  if (nirKey(nir.slice(0, 13)) !== Number(key)) return 'key';
  if (context.sex && (context.sex === 'M' ? '1' : '2') !== sex) return 'sex';
  const birth = /^(\d{4})-(\d{2})-\d{2}$/.exec(context.birthDate ?? '');
  if (birth) {
    if (birth[1]?.slice(2) !== year) return 'birthYear';
    if (birthMonthKnown(monthNumber) && birth[2] !== month) return 'birthMonth';
  }
  return null;
}

/** "1 95 05 XX XXX XXX XX": what a review screen or a receipt may show (sex, year, month only). */
export function maskNir(raw: string): string {
  const nir = normaliseNir(raw);
  return `${nir.slice(0, 5)}${'X'.repeat(Math.max(0, nir.length - 5))}`;
}

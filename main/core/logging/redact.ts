/**
 * Personal data never reaches a log line. Two nets: keys that name personal fields are masked
 * whatever their value, and free text is scrubbed of shapes that look personal (NIR, e-mail,
 * identifiant, phone, postal code, amounts, tokens).
 */

/** Spelled as callers write them: pino's paths are case-sensitive, redact() is not. */
const PERSONAL_KEY_SPELLINGS = [
  'identifiant',
  'motDePasse',
  'password',
  'codePostal',
  'postalCode',
  'nom',
  'prenom',
  'name',
  'firstName',
  'lastName',
  'displayName',
  'nir',
  'email',
  'mail',
  'adresse',
  'address',
  'telephone',
  'phone',
  'iban',
  'bic',
  'titulaire',
  'montant',
  'amount',
  'salaire',
  'token',
  'userToken',
  'accessToken',
  'authorization',
  'x-user-token',
  'cookie',
  'secret',
  'reponse',
  'answer',
  'profile',
  'body',
];

const PERSONAL_KEYS = new Set(PERSONAL_KEY_SPELLINGS.map((k) => k.toLowerCase()));

/**
 * The same keys as pino redact paths: a second net applied by pino itself when it serialises a
 * line, so a personal key handed straight to the logger is masked even if a line ever reached pino
 * without going through redact(). Top level only: pino's wildcard paths (`*.key`) cost some 4 µs
 * each per line (all of them ~180 µs, 25 times the line itself), and nested keys are redact()'s job.
 */
export function pinoRedactPaths(): string[] {
  const spellings = new Set([...PERSONAL_KEY_SPELLINGS, ...PERSONAL_KEYS]);
  return [...spellings].map((key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`));
}

const TEXT_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  // An IBAN, grouped by 4 or not (first: its digits would otherwise be half masked as numbers).
  [/\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b/gi, '[iban]'],
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]'],
  [/\b[12]\s?\d{2}\s?(0[1-9]|1[0-2]|[2-9]\d)\s?(\d{2}|2A|2B)\s?\d{3}\s?\d{3}\s?\d{2}\b/gi, '[nir]'],
  [/\b\d{7}[A-Z]\b/gi, '[identifiant]'],
  [/(\+33\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/g, '[phone]'],
  [/\b\d+(?:[.,]\d{1,2})?\s?(?:€|EUR\b)/gi, '[amount]'],
  [/\bBearer\s+\S+/gi, 'Bearer [token]'],
  [/\b\d{5}\b/g, '[number]'],
];

export const REDACTED = '[redacted]';

export function redactText(text: string): string {
  return TEXT_PATTERNS.reduce((out, [pattern, mask]) => out.replace(pattern, mask), text);
}

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return REDACTED;
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { name: value.name, message: redactText(value.message) };
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = PERSONAL_KEYS.has(key.toLowerCase()) ? REDACTED : redact(item, depth + 1);
  }
  return out;
}

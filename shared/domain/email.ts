/**
 * A deliverable-looking e-mail address: one "@", a local part of printable ASCII without spaces, a
 * domain of dot-separated labels ending in a 2+ letter TLD. Not RFC 5322 in full (quoted local
 * parts, IP literals): the kiosk's users type ordinary addresses, and a typo is likelier than those.
 */
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function normaliseEmail(value: string): string {
  return value.trim();
}

export function isValidEmail(raw: string): boolean {
  const value = normaliseEmail(raw);
  if (value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0 || at !== value.indexOf('@')) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return false;
  return /^[A-Za-z]{2,}$/.test(labels[labels.length - 1] ?? '');
}

/** Two addresses typed twice match when equal ignoring case of the domain and outer spaces. */
export function sameEmail(a: string, b: string): boolean {
  const [la, da] = splitAt(normaliseEmail(a));
  const [lb, db] = splitAt(normaliseEmail(b));
  return la === lb && da.toLowerCase() === db.toLowerCase();
}

function splitAt(value: string): [string, string] {
  const at = value.lastIndexOf('@');
  return at < 0 ? [value, ''] : [value.slice(0, at), value.slice(at + 1)];
}

/**
 * Where a message went, shown without giving the address away to whoever stands behind the user:
 * the first character of the local part and of the domain, then the top-level domain
 * ("camille.martin@laposte.fr" → "c…@l…fr"). Enough for the owner to recognise it, not to read it.
 */
export function maskEmail(raw: string): string {
  const [local, domain] = splitAt(normaliseEmail(raw));
  const labels = domain.split('.');
  const tld = labels.length > 1 ? (labels[labels.length - 1] ?? '') : '';
  return `${local.slice(0, 1)}…@${domain.slice(0, 1)}…${tld}`;
}

/**
 * Gross amounts as typed in France: "1 234,56", "1234.5", "980". Spaces (including the no-break
 * spaces a keyboard or a paste can bring) separate thousands; a comma or a dot the cents.
 */
export type AmountParse =
  { ok: true; cents: number } | { ok: false; problem: 'required' | 'format' | 'negative' };

export function parseEuroAmount(text: string): AmountParse {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  if (compact === '') return { ok: false, problem: 'required' };
  if (/^[-−]/.test(compact)) return { ok: false, problem: 'negative' };
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return { ok: false, problem: 'format' };
  const euros = Number(match[1]);
  const cents = Number((match[2] ?? '0').padEnd(2, '0'));
  return { ok: true, cents: euros * 100 + cents };
}

/** 123456 → "1 234,56 €" (no-break spaces, as French typography wants). */
export function formatEuros(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${grouped},${rest}\u00a0€`;
}

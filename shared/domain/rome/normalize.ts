/**
 * Search normalisation for French job titles: case, accents and ligatures, both apostrophes,
 * hyphens and slashes, plurals, and the small words that carry no meaning in a job title.
 */
const STOPWORDS = new Set([
  'a',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'ou',
  'pour',
  'sur',
  'un',
  'une',
  'avec',
  'dans',
  'par',
]);

/** "Maître-Nageur’s" → "maitre nageur s": lower case, no diacritics, letters and digits only. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Plural → singular, the regular French way: "caissiers" → "caissier", "bateaux" → "bateau". */
export function singular(word: string): string {
  if (word.length > 3 && (word.endsWith('s') || word.endsWith('x')) && !word.endsWith('ss')) {
    return word.slice(0, -1);
  }
  return word;
}

/** The words a title or query is searched by, folded, singular, without stop words. */
export function searchTokens(text: string): string[] {
  return foldText(text)
    .split(' ')
    .filter((word) => word.length > 0 && !STOPWORDS.has(word))
    .map(singular);
}

/**
 * Plain-language measures of French text, for the catalogue test: sentences, words, a French
 * syllable count and the Kandel–Moles score (Flesch adapted to French: 207 − 1.015 × words per
 * sentence − 73.6 × syllables per word; 60–70 is "standard", above 70 "easy").
 */

/** Placeholders ({{date}}) count as one word; guillemets and dashes are not words. */
export function words(text: string): string[] {
  return text
    .replace(/\{\{[^}]+\}\}/g, 'x')
    .split(/[\s\u00a0]+/)
    .map((w) => w.replace(/^[«»“”"'’(—–-]+|[«»“”"'’),.;:!?…—–-]+$/g, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** A sentence ends at . ! ? or … followed by a space or the end; a string is one sentence at least. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])[\s\u00a0]+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

const vowelGroup = /[aeiouyàâäéèêëîïôöùûüÿœæ]+/giu;

/**
 * Written syllables of a French word: vowel groups, minus a silent final « e », « es » or the
 * verb ending « ent » after a consonant (« parlent », not « vent »). Digits and codes count one.
 */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/^[a-z]’|^[a-z]'/u, '');
  if (!/\p{L}/u.test(w)) return 1;
  let count = (w.match(vowelGroup) ?? []).length;
  if (count > 1 && /[^aeiouyéèêàâîôû]e(s)?$/u.test(w)) count -= 1;
  else if (count > 1 && /[^aeiouyéèêàâîôû]ent$/u.test(w) && w.length > 5) count -= 1;
  return Math.max(1, count);
}

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  kandelMoles: number;
}

export function readability(texts: string[]): Readability {
  const all = texts.flatMap(sentences);
  const ws = all.flatMap(words);
  const syl = ws.reduce((sum, w) => sum + syllables(w), 0);
  const kandelMoles = 207 - 1.015 * (ws.length / all.length) - 73.6 * (syl / ws.length);
  return { sentences: all.length, words: ws.length, syllables: syl, kandelMoles };
}

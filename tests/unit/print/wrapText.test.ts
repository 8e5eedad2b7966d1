import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../shared/print/wrapText';

/** One point per character: a line of width 10 holds 10 characters. */
const mono = { widthOfTextAtSize: (text: string, size: number) => (text.length * size) / 10 };

describe('wrapText (printed paragraphs)', () => {
  it('fills each line as far as the width allows, cutting between words', () => {
    expect(wrapText('Votre CV est bien enregistré', mono, 10, 12)).toEqual([
      'Votre CV est',
      'bien',
      'enregistré',
    ]);
  });

  it('keeps words joined by a non-breaking space on one line', () => {
    expect(wrapText('Rendez-vous à 9\u00a0h\u00a030 demain', mono, 10, 14)).toEqual([
      'Rendez-vous à',
      '9\u00a0h\u00a030 demain',
    ]);
  });

  it('puts a word wider than the line on a line of its own, uncut', () => {
    expect(wrapText('a anticonstitutionnellement b', mono, 10, 5)).toEqual([
      'a',
      'anticonstitutionnellement',
      'b',
    ]);
  });
});

import { foldText } from '../../../shared/domain/rome';
import type { Engine } from '../db/engine';

/**
 * Keyword search in the offers' title and description, per engine: SQLite's FTS5 table, or
 * PostgreSQL's generated tsvector (migration 0014). Both match words by prefix, folded as foldText
 * does ("boulangère" is found by "boulang"); a keyword list matches an offer holding any of them.
 * `matching` selects the ids of the matching offers; its one parameter is `query(words)`.
 */
export function offerFullText(engine: Engine): {
  matching: string;
  query: (words: readonly string[]) => string;
} {
  const folded = (words: readonly string[]) => words.map((w) => foldText(w)).filter(Boolean);
  if (engine === 'postgres')
    return {
      matching: "SELECT id FROM offres WHERE search_vector @@ to_tsquery('simple', ?)",
      // foldText leaves letters, digits and spaces: a keyword of several words needs them all.
      query: (words) =>
        folded(words)
          .map(
            (w) =>
              `(${w
                .split(' ')
                .map((part) => `${part}:*`)
                .join(' & ')})`,
          )
          .join(' | '),
    };
  return {
    matching: 'SELECT rowid FROM offres_fts WHERE offres_fts MATCH ?',
    query: (words) =>
      folded(words)
        .map((w) => `"${w}"*`)
        .join(' OR '),
  };
}

import { boundedEditDistance, allowedTypos } from './distance';
import { foldText, searchTokens } from './normalize';
import type { AppellationHit, RomeIndexData } from './types';

export interface RomeSearch {
  readonly version: string;
  /** Appellations matching every word of the query (typed so far), best first. */
  search(query: string, limit?: number): AppellationHit[];
  /** The ROME skills offered as tick boxes for a job, savoir-faire first; empty when none. */
  skillsFor(rome: string): string[];
  romeLabel(rome: string): string | undefined;
}

const EXACT = 4;
const PREFIX = 3;
const TYPO = 2;
const ROME_CODE = /^[a-n]\d{0,4}$/;

/**
 * Builds the in-memory search over the index once (≈ 10 ms), then answers each query by scanning
 * the vocabulary (a few thousand distinct words), not the 13,000 titles, so a query costs well under
 * the 100 ms the kiosk allows even on a slow terminal. Pure: the same code runs in main and tests.
 */
export function createRomeSearch(index: RomeIndexData): RomeSearch {
  const postings = new Map<string, number[]>();
  const lengths: number[] = [];
  const folded: string[] = [];
  index.appellations.forEach(([label], id) => {
    const tokens = searchTokens(label);
    lengths.push(label.length);
    folded.push(foldText(label));
    for (const token of new Set(tokens)) {
      const list = postings.get(token);
      if (list) list.push(id);
      else postings.set(token, [id]);
    }
  });
  // Words by first letter: a query word is compared with words sharing its first letter (or, for a
  // swap of the first two letters, its second), which skips most of the vocabulary at once.
  const byInitial = new Map<string, string[]>();
  for (const token of postings.keys()) {
    const bucket = byInitial.get(token[0]!);
    if (bucket) bucket.push(token);
    else byInitial.set(token[0]!, [token]);
  }
  const candidates = (word: string): string[] => {
    const same = byInitial.get(word[0]!) ?? [];
    if (word.length < 2 || word[1] === word[0]) return same;
    const swapped = (byInitial.get(word[1]!) ?? []).filter((token) => token[1] === word[0]);
    return swapped.length > 0 ? same.concat(swapped) : same;
  };

  function scoresFor(word: string): Map<number, number> {
    const scores = new Map<number, number>();
    const typos = allowedTypos(word.length);
    for (const token of candidates(word)) {
      let score = 0;
      if (token === word) score = EXACT;
      else if (token.startsWith(word)) score = PREFIX;
      else if (typos > 0) {
        const distance = boundedEditDistance(word, token, typos);
        if (distance <= typos) score = TYPO - distance * 0.25;
        // A typo in a word still being typed: compare with the vocabulary word's same-length start.
        else if (token.length > word.length + typos) {
          const head = boundedEditDistance(word, token.slice(0, word.length), typos);
          if (head <= typos) score = TYPO - 0.5 - head * 0.25;
        }
      }
      if (score === 0) continue;
      for (const id of postings.get(token)!) {
        if ((scores.get(id) ?? 0) < score) scores.set(id, score);
      }
    }
    return scores;
  }

  function hit(id: number): AppellationHit {
    const [label, rome, codeOgr] = index.appellations[id]!;
    return { codeOgr, label, rome, romeLabel: index.romes[rome] ?? '' };
  }

  function search(query: string, limit = 20): AppellationHit[] {
    const words = searchTokens(query);
    if (words.length === 0) return [];
    if (words.length === 1 && ROME_CODE.test(words[0]!) && words[0]!.length === 5) {
      const code = words[0]!.toUpperCase();
      return index.appellations
        .map((_, id) => id)
        .filter((id) => index.appellations[id]![1] === code)
        .slice(0, limit)
        .map(hit);
    }
    let total: Map<number, number> | undefined;
    for (const word of words) {
      const scores = scoresFor(word);
      if (!total) total = scores;
      else {
        const next = new Map<number, number>();
        for (const [id, score] of scores) {
          const before = total.get(id);
          if (before !== undefined) next.set(id, before + score);
        }
        total = next;
      }
      if (total.size === 0) return [];
    }
    const phrase = words.join(' ');
    const ranked = [...total!].map(([id, score]) => {
      // Titles that start with what was typed, then common titles, then shorter ones, come first.
      const starts = folded[id]!.startsWith(phrase) ? 1 : 0;
      const rare = index.appellations[id]![3];
      return { id, rank: score * 10 + starts * 5 - rare * 3 - lengths[id]! / 100 };
    });
    ranked.sort((a, b) => b.rank - a.rank || a.id - b.id);
    return ranked.slice(0, limit).map(({ id }) => hit(id));
  }

  return {
    version: index.version,
    search,
    skillsFor: (rome) => (index.romeSkills[rome] ?? []).map((i) => index.skills[i] ?? ''),
    romeLabel: (rome) => index.romes[rome],
  };
}

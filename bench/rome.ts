/**
 * ROME search latency: 1,000 queries made from real appellations the way users type them (one or
 * two words, a prefix while typing, a typo, no accents), against the real index, in plain Node.
 */
import { readFileSync } from 'node:fs';
import { ensureRomeIndex } from '../scripts/build-rome-index.mjs';
import { createRomeSearch, type RomeIndexData } from '../shared/domain/rome';
import { stats, type Stats } from './stats';

/** Deterministic, so that two runs time the same queries. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

export function romeQueries(index: RomeIndexData, count: number): string[] {
  const next = random(42);
  const queries: string[] = [];
  while (queries.length < count) {
    const [label] = index.appellations[Math.floor(next() * index.appellations.length)]!;
    const words = label
      .split(/[\s/]+/)
      .filter((w) => w.length > 2)
      .slice(0, 1 + Math.floor(next() * 2));
    let query = words.join(' ');
    const kind = next();
    if (kind < 0.25) query = query.slice(0, Math.max(3, query.length - 3));
    else if (kind < 0.5 && query.length > 5) {
      const at = 1 + Math.floor(next() * (query.length - 2));
      query = query.slice(0, at) + query.slice(at + 1);
    } else if (kind < 0.75) query = query.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    queries.push(query);
  }
  return queries;
}

export function measureRomeSearch(count = 1000): { build: number; query: Stats } {
  const index = JSON.parse(readFileSync(ensureRomeIndex({ quiet: true }), 'utf8')) as RomeIndexData;
  const started = performance.now();
  const rome = createRomeSearch(index);
  const build = performance.now() - started;
  const queries = romeQueries(index, count);
  for (const q of queries.slice(0, 20)) rome.search(q); // warm-up (JIT)
  const samples = queries.map((q) => {
    const t = performance.now();
    rome.search(q);
    return performance.now() - t;
  });
  return { build, query: stats(samples) };
}

/**
 * Offer search on the reference central API, over HTTP on loopback, against 20,000 seeded offers
 * (a fresh database, generated as the embedded default does): 1,000 simplified searches (job
 * titles as people type them: prefixes, typos, no accents; with a commune, a département, a région
 * or none), 1,000 advanced ones (title or domaine, contract, working time, experience, date,
 * radius, keywords, strictement, a sort) and 1,000 by number. Also alone: `npx tsx bench/offres.ts`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_OFFER_COUNT, startCentralApi } from '../central-api/src/index';
import { ensurePlacesIndex } from '../scripts/build-places-index.mjs';
import { ensureRomeIndex } from '../scripts/build-rome-index.mjs';
import type { RomeIndexData } from '../shared/domain/rome';
import { romeQueries } from './rome';
import { formatRow, stats, type Stats } from './stats';

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

const CITIES = [
  '75056',
  '69123',
  '13055',
  '31555',
  '33063',
  '35238',
  '22070',
  '63113',
  '59350',
  '67482',
];
const DEPARTEMENTS = ['22', '35', '69', '13', '59', '75', '33', '63', '974'];
const REGIONS = ['11', '53', '84', '93', '76'];
const KEYWORDS = [
  'permis',
  'caces',
  'excel',
  'nuit',
  'week-end',
  'anglais',
  'formation',
  'mutuelle',
  'equipe',
];
const CONTRACTS = ['CDI', 'CDD', 'MIS', 'SAI', 'ALT'] as const;

export interface OffresFigures {
  seedMs: number;
  simplified: Stats;
  advanced: Stats;
  byNumber: Stats;
  meanResults: number;
}

export async function measureOffresSearch(count = 1000): Promise<OffresFigures> {
  const rome = JSON.parse(readFileSync(ensureRomeIndex({ quiet: true }), 'utf8')) as RomeIndexData;
  ensurePlacesIndex({ quiet: true });
  const dir = mkdtempSync(join(tmpdir(), 'bench-offres-'));
  const started = performance.now();
  const api = await startCentralApi({
    dbPath: join(dir, 'central.db'),
    demoOffers: DEMO_OFFER_COUNT,
    passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
  });
  const seedMs = performance.now() - started;
  try {
    const enrol = await fetch(`${api.url}/v1/terminals/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ enrolmentToken: 'demo-enrolment-token', label: 'bench-offres' }),
    });
    const { accessToken } = (await enrol.json()) as { accessToken: string };
    const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
    let results = 0;
    let searches = 0;
    const timed = async (path: string, body?: unknown): Promise<number> => {
      const t = performance.now();
      const reply = await fetch(api.url + path, {
        method: body === undefined ? 'GET' : 'POST',
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const json = (await reply.json()) as { exactCount?: number; closeCount?: number };
      const elapsed = performance.now() - t;
      if (body !== undefined) {
        if (reply.status !== 200) throw new Error(`search refused: ${JSON.stringify(json)}`);
        results += (json.exactCount ?? 0) + (json.closeCount ?? 0);
        searches += 1;
      }
      return elapsed;
    };
    const next = random(7);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const titles = romeQueries(rome, count);
    const place = () => {
      const roll = next();
      if (roll < 0.5) return { kind: 'commune', code: pick(CITIES) };
      if (roll < 0.75) return { kind: 'departement', code: pick(DEPARTEMENTS) };
      if (roll < 0.9) return { kind: 'region', code: pick(REGIONS) };
      return undefined;
    };
    const simplifiedBodies = titles.map((texte) => ({ texte, lieu: place() }));
    const advancedBodies = titles.map((texte) => ({
      ...(next() < 0.8 ? { texte } : { domaine: pick(Object.keys(rome.romes)).slice(0, 3) }),
      lieu: { kind: 'commune', code: pick(CITIES) },
      rayonKm: pick([5, 10, 20, 30, 50, 100]),
      contrats: CONTRACTS.filter(() => next() < 0.5),
      ...(next() < 0.3 ? { tempsTravail: pick(['plein', 'partiel']) } : {}),
      ...(next() < 0.3 ? { experienceMaxAns: pick([0, 1, 3]) } : {}),
      ...(next() < 0.3 ? { publieDepuisJours: pick([1, 3, 7, 14, 31]) } : {}),
      motsCles: KEYWORDS.filter(() => next() < 0.2).slice(0, 5),
      strictement: next() < 0.3,
      tri: pick(['pertinence', 'date', 'distance']),
    }));
    const warm = async () => {
      for (const body of simplifiedBodies.slice(0, 20)) await timed('/v1/offres/search', body);
    };
    await warm();
    const simplified: number[] = [];
    for (const body of simplifiedBodies) simplified.push(await timed('/v1/offres/search', body));
    const advanced: number[] = [];
    for (const body of advancedBodies) advanced.push(await timed('/v1/offres/search', body));
    const digits = random(11);
    const byNumber: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const numero =
        i % 2 === 0
          ? '688418K'
          : `${Math.floor(100000 + digits() * 900000)}${String.fromCharCode(65 + Math.floor(digits() * 26))}`;
      byNumber.push(await timed(`/v1/offres/${numero}`));
    }
    return {
      seedMs,
      simplified: stats(simplified),
      advanced: stats(advanced),
      byNumber: stats(byNumber),
      meanResults: results / Math.max(1, searches),
    };
  } finally {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function offresRows(figures: OffresFigures): string[] {
  const once = (n: number): Stats => ({ median: n, p95: n, min: n, max: n });
  return [
    formatRow('offers: seed 20,000 into a new database (ms)', once(figures.seedMs)),
    formatRow('offer search, simplified, HTTP (ms)', figures.simplified),
    formatRow('offer search, advanced, HTTP (ms)', figures.advanced),
    formatRow('offer by number, HTTP (ms)', figures.byNumber),
  ];
}

if (process.argv[1]?.endsWith('offres.ts')) {
  measureOffresSearch()
    .then((figures) => {
      console.log(
        `\nOffer search, 1,000 queries each, ${DEMO_OFFER_COUNT} offers (reference API, loopback)`,
      );
      console.log(formatRow('measure', null));
      for (const row of offresRows(figures)) console.log(row);
      console.log(`(${figures.meanResults.toFixed(0)} offers listed per search on average)`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}

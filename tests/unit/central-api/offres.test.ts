import { offerFullText } from '../../../central-api/src/offres/fullText';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOfferNumbers } from '../../../central-api/src/index';
import { startTestApi, testEngine, type TestApi } from './helpers';

interface Results {
  exactCount: number;
  closeCount: number;
  truncated: boolean;
  page: number;
  pageCount: number;
  appellation: { label: string; rome: string } | null;
  reference: string | null;
  offres: Array<{
    numero: string;
    title: string;
    distanceKm: number | null;
    contract: string;
    publishedAt: string;
    relevance: number;
    match: 'exact' | 'close';
  }>;
}

let api: TestApi;
let auth: Record<string, string>;
const PARIS = { kind: 'commune', code: '75056' };

beforeAll(async () => {
  api = await startTestApi({ demoOffers: 3000 });
  ({ auth } = await api.enrol('offres'));
}, 60_000);
afterAll(() => api.dispose());

const search = async (body: Record<string, unknown>) => {
  const reply = await api.request('POST', '/v1/offres/search', { headers: auth, body });
  expect(reply.status, reply.text).toBe(200);
  return reply.json as unknown as Results;
};

describe('offer search', () => {
  it('seeds the corpus once, indexed for full-text search without accents', () => {
    expect(api.query<{ n: number }>('SELECT count(*) AS n FROM offres')[0]!.n).toBe(3000);
    const fullText = offerFullText(testEngine);
    const [row] = api.query<{ n: number }>(
      `SELECT count(*) AS n FROM (${fullText.matching}) AS matched`,
      fullText.query(['boulangere']),
    );
    expect(row!.n).toBeGreaterThan(0);
  });

  it('finds a mistyped title near a commune: exact matches, then close ones, with distances', async () => {
    const all = await search({ texte: 'boulangre', lieu: PARIS, rayonKm: 20, parPage: 50 });
    expect(all.appellation?.rome).toBe('D1102');
    expect(all.reference).toBe('Paris');
    expect(all.exactCount).toBeGreaterThan(0);
    expect(all.closeCount).toBeGreaterThan(0);
    const firstClose = all.offres.findIndex((o) => o.match === 'close');
    expect(all.offres.slice(0, firstClose).every((o) => o.match === 'exact')).toBe(true);
    expect(all.offres.every((o) => o.distanceKm !== null && o.distanceKm <= 20)).toBe(true);
    // Close offers are less relevant than every exact one.
    const minExact = Math.min(
      ...all.offres.filter((o) => o.match === 'exact').map((o) => o.relevance),
    );
    const maxClose = Math.max(
      ...all.offres.filter((o) => o.match === 'close').map((o) => o.relevance),
    );
    expect(maxClose).toBeLessThan(minExact);
  });

  it('filters by contract and sorts by date or distance within each group', async () => {
    const base = { texte: 'boulanger', lieu: PARIS, rayonKm: 30, parPage: 50 };
    const cdi = await search({ ...base, contrats: ['CDI'] });
    expect(cdi.offres.length).toBeGreaterThan(0);
    expect(cdi.offres.every((o) => o.contract === 'CDI')).toBe(true);
    const byDate = await search({ ...base, tri: 'date' });
    const exact = byDate.offres.filter((o) => o.match === 'exact').map((o) => o.publishedAt);
    expect(exact).toEqual([...exact].sort().reverse());
    const byDistance = await search({ ...base, tri: 'distance' });
    const km = byDistance.offres.filter((o) => o.match === 'exact').map((o) => o.distanceKm!);
    expect(km).toEqual([...km].sort((a, b) => a - b));
  });

  it('searches a département or a région alone, keywords strictly, and caps at 150 with pages', async () => {
    const region = await search({ lieu: { kind: 'region', code: '11' }, parPage: 20, page: 2 });
    expect(region.exactCount).toBe(150);
    expect(region.truncated).toBe(true);
    expect(region.pageCount).toBe(8);
    expect(region.page).toBe(2);
    expect(region.offres).toHaveLength(20);
    const strict = await search({
      lieu: { kind: 'departement', code: '69' },
      motsCles: ['caces'],
      strictement: true,
    });
    expect(strict.exactCount).toBeGreaterThan(0);
    const ids = strict.offres.map((o) => o.numero);
    for (const numero of ids) {
      const detail = await api.request('GET', `/v1/offres/${numero}`, { headers: auth });
      expect(String(detail.json!.description).toLowerCase()).toContain('caces');
    }
  });

  it('searches by code ROME and refuses an empty or unknown search with a reason', async () => {
    const rome = await search({ rome: 'F1602' });
    expect(rome.offres.every((o) => o.match === 'exact')).toBe(true);
    const none = await api.request('POST', '/v1/offres/search', { headers: auth, body: {} });
    expect(none.status).toBe(400);
    expect(none.json!.code).toBe('criteria_required');
    const place = await api.request('POST', '/v1/offres/search', {
      headers: auth,
      body: { lieu: { kind: 'commune', code: '99999' } },
    });
    expect(place.json!.code).toBe('unknown_place');
  });

  it('finds one offer by number, and says when it is filled, withdrawn or badly typed', async () => {
    const open = await api.request('GET', `/v1/offres/${demoOfferNumbers.open.toLowerCase()}`, {
      headers: auth,
    });
    expect(open.status).toBe(200);
    expect(open.json).toMatchObject({
      numero: '688418K',
      commune: 'Clermont-Ferrand',
      contract: expect.any(String),
    });
    const filled = await api.request('GET', `/v1/offres/${demoOfferNumbers.filled}`, {
      headers: auth,
    });
    expect([filled.status, filled.json!.code]).toEqual([410, 'offer_filled']);
    const withdrawn = await api.request('GET', `/v1/offres/${demoOfferNumbers.withdrawn}`, {
      headers: auth,
    });
    expect([withdrawn.status, withdrawn.json!.code]).toEqual([410, 'offer_withdrawn']);
    const wrong = await api.request('GET', '/v1/offres/68841', { headers: auth });
    expect([wrong.status, wrong.json!.code]).toEqual([400, 'invalid_offer_number']);
    const unknown = await api.request('GET', '/v1/offres/000000A', { headers: auth });
    expect([unknown.status, unknown.json!.code]).toEqual([404, 'offer_not_found']);
  });

  it('asks for a terminal token, not a user', async () => {
    const reply = await api.request('POST', '/v1/offres/search', { body: { rome: 'F1602' } });
    expect(reply.status).toBe(401);
  });
});

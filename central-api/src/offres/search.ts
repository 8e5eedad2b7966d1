/**
 * Offer search over the offers table: structured criteria in SQL (indexed columns), keywords in
 * the FTS5 index, ranking and distances here. The seed's order: the chosen appellation first, then
 * the other appellations of its code ROME, then "close" codes with a lower relevance. ROME 4.0's
 * mobility links are not in the data we have, so "close" is the same domaine professionnel (the
 * code's first three characters): an approximation written down in docs/decisions.md.
 */
import {
  DEFAULT_RADIUS_KM,
  distanceKm,
  MAX_RESULTS,
  type OfferDetail,
  type OfferResults,
  type OfferSearch,
  type OfferSummary,
} from '../../../shared/domain/offres';
import {
  createRomeSearch,
  foldText,
  type RomeIndexData,
  type RomeSearch,
} from '../../../shared/domain/rome';
import type { Db } from '../db/open';
import { engineOf } from '../db/engine';
import { offerFullText } from './fullText';
import { ApiError } from '../errors';
import type { RomeIndexStore } from '../rome';
import type { Places } from './places';

const PAGE_SIZE = 10;
const BASE = { appellation: 100, rome: 85, any: 90, close: 55 } as const;

interface Row {
  id: number;
  numero: string;
  title: string;
  code_ogr: number | null;
  rome: string;
  employer: string | null;
  commune_label: string;
  departement: string;
  latitude: number;
  longitude: number;
  contract: OfferSummary['contract'];
  published_at: string;
}

interface Target {
  codeOgr?: number;
  label?: string;
  rome?: string;
  domaine: string;
}

export interface OfferSearchEngine {
  search(criteria: OfferSearch, now: Date): OfferResults;
  /** The offer, or a refusal saying it is filled, withdrawn or unknown. */
  detail(numero: string): OfferDetail;
}

export function createOfferSearch(
  db: Db,
  rome: RomeIndexStore,
  places: () => Places,
): OfferSearchEngine {
  let cached:
    | {
        version: string;
        data: RomeIndexData;
        search: RomeSearch;
        byOgr: Map<number, [string, string]>;
      }
    | undefined;
  const romeIndex = () => {
    const current = rome.current();
    if (!current)
      throw new ApiError(503, 'rome_index_unavailable', 'This server has no ROME index');
    if (cached?.version !== current.version) {
      const data = JSON.parse(current.json) as RomeIndexData;
      const byOgr = new Map<number, [string, string]>();
      for (const [label, code, ogr] of data.appellations) byOgr.set(ogr, [label, code]);
      cached = { version: current.version, data, search: createRomeSearch(data), byOgr };
    }
    return cached;
  };

  function target(criteria: OfferSearch): Target | null | undefined {
    if (criteria.appellation !== undefined) {
      const found = romeIndex().byOgr.get(criteria.appellation);
      if (!found)
        throw new ApiError(400, 'unknown_appellation', 'appellation is not a ROME appellation');
      return {
        codeOgr: criteria.appellation,
        label: found[0],
        rome: found[1],
        domaine: found[1].slice(0, 3),
      };
    }
    if (criteria.texte) {
      const [hit] = romeIndex().search.search(criteria.texte, 1);
      // A title that matches nothing: no offer, rather than every offer of the place.
      if (!hit) return null;
      return {
        codeOgr: hit.codeOgr,
        label: hit.label,
        rome: hit.rome,
        domaine: hit.rome.slice(0, 3),
      };
    }
    if (criteria.rome) return { rome: criteria.rome, domaine: criteria.rome.slice(0, 3) };
    if (criteria.domaine) return { domaine: criteria.domaine };
    return undefined;
  }

  const fullText = offerFullText(engineOf(db));
  const keywordQuery = fullText.query;
  const keywordRows = db
    .prepare(`SELECT id FROM offres WHERE id IN (${fullText.matching})`)
    .pluck();

  function search(criteria: OfferSearch, now: Date): OfferResults {
    const goal = target(criteria);
    const keywords = (criteria.motsCles ?? []).filter((k) => foldText(k) !== '');
    if (goal === undefined && !criteria.lieu && keywords.length === 0)
      throw new ApiError(
        400,
        'criteria_required',
        'Give a job title, a code ROME, a domaine, a place or keywords',
      );
    const where: string[] = ["status = 'published'"];
    const params: (string | number)[] = [];
    if (goal) {
      where.push('domaine = ?');
      params.push(goal.domaine);
    }
    let reference: { lat: number; lon: number; nom: string; radius: number } | undefined;
    if (criteria.lieu) {
      const { kind, code } = criteria.lieu;
      if (kind === 'commune') {
        const commune = places().commune(code);
        if (!commune)
          throw new ApiError(400, 'unknown_place', 'lieu.code is not a current commune');
        const radius = criteria.rayonKm ?? DEFAULT_RADIUS_KM;
        reference = { lat: commune.lat, lon: commune.lon, nom: commune.nom, radius };
        if (radius === 0) {
          where.push('commune = ?');
          params.push(code);
        } else {
          // A box around the circle on indexed columns; the exact distance is checked below.
          const dLat = radius / 111.2;
          const dLon = radius / (111.2 * Math.max(0.2, Math.cos((commune.lat * Math.PI) / 180)));
          where.push('latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?');
          params.push(
            commune.lat - dLat,
            commune.lat + dLat,
            commune.lon - dLon,
            commune.lon + dLon,
          );
        }
      } else if (kind === 'departement') {
        if (!places().departement(code))
          throw new ApiError(400, 'unknown_place', 'lieu.code is not a département');
        where.push('departement = ?');
        params.push(code);
      } else {
        if (!places().region(code))
          throw new ApiError(400, 'unknown_place', 'lieu.code is not a région');
        where.push('region = ?');
        params.push(code);
      }
    }
    if (criteria.contrats && criteria.contrats.length > 0) {
      where.push(`contract IN (${criteria.contrats.map(() => '?').join(', ')})`);
      params.push(...criteria.contrats);
    }
    if (criteria.tempsTravail) {
      where.push('working_time = ?');
      params.push(criteria.tempsTravail);
    }
    if (criteria.experienceMaxAns !== undefined) {
      where.push('experience_years <= ?');
      params.push(criteria.experienceMaxAns);
    }
    if (criteria.publieDepuisJours !== undefined) {
      where.push('published_at >= ?');
      params.push(new Date(now.getTime() - criteria.publieDepuisJours * 86_400_000).toISOString());
    }
    const strict =
      keywords.length > 0 &&
      (criteria.strictement === true || (goal === undefined && !criteria.lieu));
    if (strict) {
      where.push(`id IN (${fullText.matching})`);
      params.push(keywordQuery(keywords));
    }
    const rows = db
      .prepare(
        `SELECT id, numero, title, code_ogr, rome, employer, commune_label, departement, latitude,
                longitude, contract, published_at
         FROM offres WHERE ${where.join(' AND ')}`,
      )
      .all(...params) as Row[];

    // How many of the keywords each offer holds: offers with more come first.
    const matched = new Map<number, number>();
    if (keywords.length > 0) {
      for (const word of keywords) {
        for (const id of keywordRows.all(keywordQuery([word])) as number[])
          matched.set(id, (matched.get(id) ?? 0) + 1);
      }
    }

    const exact: OfferSummary[] = [];
    const close: OfferSummary[] = [];
    for (const row of rows) {
      let distance: number | null = null;
      if (reference) {
        distance = distanceKm(reference.lat, reference.lon, row.latitude, row.longitude);
        if (reference.radius > 0 && distance > reference.radius) continue;
      }
      const isClose = goal?.rome !== undefined && row.rome !== goal.rome;
      let relevance: number = isClose
        ? BASE.close
        : goal?.codeOgr !== undefined && row.code_ogr === goal.codeOgr
          ? BASE.appellation
          : goal?.rome !== undefined
            ? BASE.rome
            : BASE.any;
      if (keywords.length > 0)
        relevance -= Math.round(20 * (1 - (matched.get(row.id) ?? 0) / keywords.length));
      if (reference && reference.radius > 0 && distance !== null)
        relevance -= Math.round((10 * distance) / reference.radius);
      const summary: OfferSummary = {
        numero: row.numero,
        title: row.title,
        employer: row.employer,
        commune: row.commune_label,
        departement: row.departement,
        distanceKm: distance === null ? null : Math.round(distance),
        contract: row.contract,
        publishedAt: row.published_at,
        relevance: Math.max(1, Math.min(100, relevance)),
        match: isClose ? 'close' : 'exact',
      };
      (isClose ? close : exact).push(summary);
    }

    // The 150 most relevant are kept (exact ones first); the chosen sort then orders each group.
    const byRelevance = (a: OfferSummary, b: OfferSummary) =>
      b.relevance - a.relevance ||
      b.publishedAt.localeCompare(a.publishedAt) ||
      a.numero.localeCompare(b.numero);
    exact.sort(byRelevance);
    close.sort(byRelevance);
    const keptExact = exact.slice(0, MAX_RESULTS);
    const keptClose = close.slice(0, MAX_RESULTS - keptExact.length);
    const sort =
      criteria.tri === 'distance' && !reference ? 'pertinence' : (criteria.tri ?? 'pertinence');
    if (sort !== 'pertinence') {
      const order =
        sort === 'date'
          ? (a: OfferSummary, b: OfferSummary) =>
              b.publishedAt.localeCompare(a.publishedAt) || byRelevance(a, b)
          : (a: OfferSummary, b: OfferSummary) =>
              (a.distanceKm ?? 0) - (b.distanceKm ?? 0) || byRelevance(a, b);
      keptExact.sort(order);
      keptClose.sort(order);
    }
    const listed = keptExact.concat(keptClose);
    const perPage = criteria.parPage ?? PAGE_SIZE;
    const pageCount = Math.ceil(listed.length / perPage);
    const page = Math.max(1, Math.min(criteria.page ?? 1, pageCount || 1));
    return {
      exactCount: keptExact.length,
      closeCount: keptClose.length,
      truncated: exact.length + close.length > MAX_RESULTS,
      page,
      pageCount,
      appellation:
        goal?.codeOgr !== undefined && goal.label && goal.rome
          ? { codeOgr: goal.codeOgr, label: goal.label, rome: goal.rome }
          : null,
      reference: reference?.nom ?? null,
      offres: listed.slice((page - 1) * perPage, page * perPage),
    };
  }

  const byNumber = db.prepare('SELECT * FROM offres WHERE numero = ?');
  function detail(numero: string): OfferDetail {
    const row = byNumber.get(numero) as Record<string, unknown> | undefined;
    if (!row || row.status === 'pending')
      throw new ApiError(404, 'offer_not_found', 'No offer has this number');
    if (row.status === 'filled')
      throw new ApiError(410, 'offer_filled', 'This offer has been filled');
    if (row.status === 'withdrawn')
      throw new ApiError(410, 'offer_withdrawn', 'This offer was withdrawn by its employer');
    const code = row.rome as string;
    return {
      numero: row.numero as string,
      title: row.title as string,
      rome: code,
      romeLabel: romeIndex().data.romes[code] ?? '',
      employer: row.employer as string | null,
      commune: row.commune_label as string,
      departement: row.departement as string,
      contract: row.contract as OfferDetail['contract'],
      durationMonths: row.duration_months as number | null,
      workingTime: row.working_time as OfferDetail['workingTime'],
      hoursPerWeek: row.hours_per_week as number,
      salaryMin: row.salary_min as number | null,
      salaryMax: row.salary_max as number | null,
      experienceYears: row.experience_years as number,
      skills: JSON.parse(row.skills as string) as string[],
      description: row.description as string,
      applyMode: row.apply_mode as OfferDetail['applyMode'],
      applyContact: row.apply_contact as string | null,
      publishedAt: row.published_at as string,
    };
  }

  return { search, detail };
}

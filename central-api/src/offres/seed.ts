import type { Db } from '../db/open';
import { engineOf } from '../db/engine';
import type { RomeIndexData } from '../../../shared/domain/rome';
import type { RomeIndexStore } from '../rome';
import { generateOffers, type GeneratedOffer } from './generator';
import { shippedPlaces, type Places } from './places';

/** The corpus the demo, the e2e tests and the benchmark search: as many offers as a big region. */
export const DEMO_OFFER_COUNT = 20_000;

/**
 * Offers with a fixed number, for demos and tests: the seed's own example (688418K, an electrician
 * in Clermont-Ferrand), one already filled, one withdrawn by its employer.
 */
export const demoOfferNumbers = {
  open: '688418K',
  filled: '900001P',
  withdrawn: '900002R',
} as const;

export interface SeedOffresOptions {
  rome: RomeIndexStore;
  now: Date;
  count?: number;
  places?: Places;
}

/**
 * Fills the offers table once: a database that already holds offers is left alone, so a restart
 * costs nothing and the offers keep their numbers. Returns how many were inserted.
 */
export function seedDemoOffres(
  db: Db,
  { rome, now, count = DEMO_OFFER_COUNT, places }: SeedOffresOptions,
): number {
  if (count <= 0) return 0;
  if (db.prepare('SELECT 1 FROM offres LIMIT 1').get()) return 0;
  const index = rome.current();
  if (!index) return 0;
  const data = JSON.parse(index.json) as RomeIndexData;
  const offers = generateOffers({ rome: data, places: places ?? shippedPlaces(), now, count });
  fixDemoOffers(offers, data, places ?? shippedPlaces());
  insertOffers(db, offers, 'seed');
  return offers.length;
}

function fixDemoOffers(offers: GeneratedOffer[], rome: RomeIndexData, places: Places): void {
  const fixed = new Set<string>(Object.values(demoOfferNumbers));
  const electrician = rome.appellations.find((a) => a[1] === 'F1602' && a[0] === rome.romes.F1602);
  const clermont = places.commune('63113');
  if (offers.length < 3) return;
  for (const offer of offers)
    if (fixed.has(offer.numero)) offer.numero = `${offer.numero.slice(0, 6)}Z`;
  offers[0]!.numero = demoOfferNumbers.open;
  if (electrician && clermont) {
    offers[0]!.title = electrician[0];
    offers[0]!.rome = electrician[1];
    offers[0]!.codeOgr = electrician[2];
    offers[0]!.commune = clermont;
    offers[0]!.applyMode = 'online';
    offers[0]!.applyContact = null;
    offers[0]!.description =
      "Entreprise d'électricité générale, nous recrutons un électricien du bâtiment pour nos chantiers de logements à Clermont-Ferrand et alentour. Vous posez les gaines, les tableaux et les prises. Le permis B est demandé.";
  }
  offers[1]!.numero = demoOfferNumbers.filled;
  offers[1]!.status = 'filled';
  offers[2]!.numero = demoOfferNumbers.withdrawn;
  offers[2]!.status = 'withdrawn';
}

/**
 * Inserts offers in one transaction, 200 rows a statement (one round trip each on PostgreSQL,
 * where 20,000 single-row statements took seconds); source 'seed' for the demo corpus (indexed in
 * bulk).
 */
export function insertOffers(db: Db, offers: readonly GeneratedOffer[], source: string): void {
  const columns = `numero, status, title, code_ogr, rome, domaine, commune, commune_label,
       departement, region, latitude, longitude, contract, duration_months, working_time,
       hours_per_week, salary_min, salary_max, experience_years, employer, description, skills,
       apply_mode, apply_contact, published_at, source`;
  const row = `(${Array.from({ length: 26 }, () => '?').join(', ')})`;
  const statement = (rows: number) =>
    db.prepare(
      `INSERT INTO offres (${columns}) VALUES ${Array.from({ length: rows }, () => row).join(', ')}`,
    );
  const values = (o: GeneratedOffer): unknown[] => [
    o.numero,
    o.status,
    o.title,
    o.codeOgr,
    o.rome,
    o.rome.slice(0, 3),
    o.commune.code,
    o.commune.nom,
    o.commune.departement,
    o.commune.region,
    o.commune.lat,
    o.commune.lon,
    o.contract,
    o.durationMonths,
    o.workingTime,
    o.hoursPerWeek,
    o.salaryMin,
    o.salaryMax,
    o.experienceYears,
    o.employer,
    o.description,
    JSON.stringify(o.skills),
    o.applyMode,
    o.applyContact,
    o.publishedAt,
    source,
  ];
  db.transaction(() => {
    for (let at = 0; at < offers.length; at += 200) {
      const chunk = offers.slice(at, at + 200);
      statement(chunk.length).run(...chunk.flatMap(values));
    }
    // (PostgreSQL's search column is generated: nothing to rebuild.)
    if (source === 'seed' && engineOf(db) === 'sqlite')
      db.exec("INSERT INTO offres_fts (offres_fts) VALUES ('rebuild')");
  })();
}

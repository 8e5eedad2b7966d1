/**
 * The demo corpus of job offers: deterministic (a seeded PRNG: the same seed and clock give the
 * same offers), made from the ROME appellations, the communes (weighted by population, so cities
 * hold most offers as they do) and plausible employers, dated over the last 60 days.
 */
import type { RomeIndexData } from '../../../shared/domain/rome';
import type { OfferContract } from '../../../shared/domain/offres';
import type { Commune, Places } from './places';

export interface GeneratedOffer {
  numero: string;
  status: 'published' | 'filled' | 'withdrawn';
  title: string;
  codeOgr: number;
  rome: string;
  commune: Commune;
  contract: OfferContract;
  durationMonths: number | null;
  workingTime: 'plein' | 'partiel';
  hoursPerWeek: number;
  salaryMin: number | null;
  salaryMax: number | null;
  experienceYears: number;
  employer: string | null;
  description: string;
  skills: string[];
  applyMode: 'online' | 'email' | 'agency';
  applyContact: string | null;
  publishedAt: string;
}

/** Trades that recruit most: half the offers are for them, as on the real job board. */
const BUSY_ROMES = [
  'D1102',
  'D1106',
  'D1507',
  'D1505',
  'G1602',
  'G1603',
  'G1803',
  'K1304',
  'K1302',
  'J1501',
  'J1506',
  'N1103',
  'N4101',
  'F1703',
  'F1602',
  'K2204',
  'M1607',
  'M1203',
  'A1203',
  'D1214',
  'I1304',
  'M1805',
  'D1101',
  'D1104',
  'H2913',
];
const SURNAMES = [
  'Martin',
  'Bernard',
  'Thomas',
  'Petit',
  'Robert',
  'Richard',
  'Durand',
  'Dubois',
  'Moreau',
  'Laurent',
  'Simon',
  'Michel',
  'Lefebvre',
  'Leroy',
  'Roux',
  'David',
  'Bertrand',
  'Morel',
  'Fournier',
  'Girard',
  'Bonnet',
  'Dupont',
  'Lambert',
  'Fontaine',
  'Rousseau',
  'Vincent',
  'Muller',
  'Lefèvre',
  'Faure',
  'André',
  'Mercier',
  'Blanc',
  'Guérin',
  'Boyer',
  'Garnier',
  'Chevalier',
  'François',
  'Legrand',
  'Gauthier',
  'Garcia',
  'Perrin',
  'Robin',
  'Clément',
  'Morin',
  'Nicolas',
  'Henry',
  'Roussel',
  'Mathieu',
  'Gautier',
  'Masson',
  'Le Goff',
  'Kerjean',
];
const EMPLOYER_PATTERNS = [
  (s: string) => `${s} et Fils`,
  (s: string) => `SARL ${s}`,
  (s: string) => `Établissements ${s}`,
  (s: string) => `Groupe ${s}`,
  (s: string) => `${s} Services`,
  (s: string, town: string) => `Maison ${s} de ${town}`,
  (_: string, town: string) => `Ateliers de ${town}`,
  (_: string, town: string) => `Association d'aide de ${town}`,
  (s: string, town: string) => `${town} ${s} SAS`,
];
/** Phrases an offer may hold: what people search by keyword (a licence, a tool, hours). */
const EXTRAS = [
  'Le permis B est demandé.',
  'Le CACES 1 serait un plus.',
  'Vous travaillez le week-end, deux jours de repos dans la semaine.',
  'Vous utilisez Excel chaque jour.',
  'Horaires de nuit possibles.',
  'Une formation est prévue à votre arrivée.',
  'Vous parlez anglais avec les clients.',
  'Mutuelle et tickets restaurant.',
  'Poste accessible aux personnes en situation de handicap.',
  'Travail en équipe, dans une ambiance conviviale.',
];
const AGENCIES = ['Agence France Travail de votre commune', 'Agence France Travail la plus proche'];

/** mulberry32: small, fast, good enough for demo data, and the same on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  rome: RomeIndexData;
  places: Places;
  now: Date;
  count: number;
  seed?: number;
}

export function generateOffers({
  rome,
  places,
  now,
  count,
  seed = 2026,
}: GenerateOptions): GeneratedOffer[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const common = rome.appellations.filter((a) => a[3] === 0);
  const byRome = new Map<string, typeof common>();
  for (const a of common) {
    const list = byRome.get(a[1]);
    if (list) list.push(a);
    else byRome.set(a[1], [a]);
  }
  const busy = BUSY_ROMES.filter((code) => byRome.has(code));
  // Communes by cumulative population: a binary search picks one in proportion to its people.
  const communes = places.communes.filter((c) => c.population > 0 && c.lat !== 0);
  const cumulative: number[] = [];
  let total = 0;
  for (const c of communes) cumulative.push((total += c.population));
  const commune = (): Commune => {
    const target = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return communes[lo]!;
  };
  const used = new Set<string>();
  const numero = (): string => {
    for (;;) {
      const n = `${Math.floor(100000 + random() * 900000)}${String.fromCharCode(65 + Math.floor(random() * 26))}`;
      if (!used.has(n)) {
        used.add(n);
        return n;
      }
    }
  };

  const offers: GeneratedOffer[] = [];
  for (let i = 0; i < count; i += 1) {
    let appellation = pick(common);
    if (busy.length > 0 && random() < 0.5) {
      const code = pick(busy);
      const list = byRome.get(code)!;
      const main = list.find((a) => a[0] === rome.romes[code]);
      appellation = main && random() < 0.6 ? main : pick(list);
    }
    const [title, code, codeOgr] = appellation;
    const place = commune();
    const roll = random();
    const contract: OfferContract =
      roll < 0.45 ? 'CDI' : roll < 0.75 ? 'CDD' : roll < 0.88 ? 'MIS' : roll < 0.94 ? 'SAI' : 'ALT';
    const partiel = random() < 0.22;
    const hoursPerWeek = partiel ? pick([17.5, 20, 24, 28, 30]) : pick([35, 35, 35, 37, 39]);
    const experienceYears = pick([0, 0, 0, 1, 1, 2, 3, 5]);
    const stated = random() < 0.8;
    const base = 1850 + Math.round(random() * 6) * 100 + experienceYears * 120;
    const salaryMin = stated ? Math.round((base * hoursPerWeek) / 35 / 10) * 10 : null;
    const salaryMax = stated && salaryMin ? salaryMin + pick([0, 100, 200, 300, 400]) : null;
    const skillIds = rome.romeSkills[code] ?? [];
    const skills = skillIds
      .filter(() => random() < 0.3)
      .slice(0, 5)
      .map((s) => rome.skills[s] ?? '')
      .filter(Boolean);
    const anonymous = random() < 0.25;
    const employer = anonymous ? null : pick(EMPLOYER_PATTERNS)(pick(SURNAMES), place.nom);
    const extras = [pick(EXTRAS), ...(random() < 0.5 ? [pick(EXTRAS)] : [])];
    const lowerTitle = title.toLowerCase();
    const description = [
      `${employer ?? 'Notre entreprise'} recrute un ${lowerTitle} à ${place.nom}.`,
      `Métier : ${rome.romes[code] ?? title}.`,
      skills.length > 0 ? `Vos missions : ${skills.slice(0, 3).join(' ; ').toLowerCase()}.` : '',
      experienceYears === 0
        ? 'Débutant accepté.'
        : `Une expérience de ${experienceYears} an${experienceYears > 1 ? 's' : ''} est demandée.`,
      ...extras,
    ]
      .filter(Boolean)
      .join(' ');
    const modeRoll = random();
    const applyMode = modeRoll < 0.5 ? 'online' : modeRoll < 0.8 ? 'email' : 'agency';
    const applyContact =
      applyMode === 'email'
        ? `recrutement.${(employer ?? 'offre')
            .toLowerCase()
            .normalize('NFD')
            .replace(/[^a-z]+/g, '')}@exemple.fr`
        : applyMode === 'agency'
          ? pick(AGENCIES)
          : null;
    const ageMs = Math.floor(random() * 60 * 86_400_000);
    offers.push({
      numero: numero(),
      status: 'published',
      title,
      codeOgr,
      rome: code,
      commune: place,
      contract,
      durationMonths:
        contract === 'CDI' ? null : contract === 'ALT' ? 24 : pick([1, 2, 3, 6, 9, 12]),
      workingTime: partiel ? 'partiel' : 'plein',
      hoursPerWeek,
      salaryMin,
      salaryMax,
      experienceYears,
      employer,
      description,
      skills,
      applyMode,
      applyContact,
      publishedAt: new Date(now.getTime() - ageMs).toISOString(),
    });
  }
  return offers;
}

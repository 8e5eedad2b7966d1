import { randomInt } from 'node:crypto';
import type { Db } from '../db/open';
import { ApiError } from '../errors';
import type { RomeIndexData } from '../../../shared/domain/rome';
import type { RomeIndexStore } from '../rome';
import type { Places } from '../offres/places';
import type {
  EmployerOffer,
  OfferPublishBody,
  ReceivedCandidature,
} from '../../../shared/domain/employerSpace';
import type { EmployerPrincipal } from './auth';

/** A free offer number: 6 digits and a letter, as the seed's (688418K). */
function freeNumero(db: Db): string {
  const taken = db.prepare('SELECT 1 FROM offres WHERE numero = ?');
  for (;;) {
    const numero = `${randomInt(100000, 1000000)}${String.fromCharCode(65 + randomInt(26))}`;
    if (!taken.get(numero)) return numero;
  }
}

/**
 * Why an employer may not publish: a particulier employeur's offers are not taken at the kiosk,
 * and an entreprise publishes once an adviser has certified who it is (seed: « accès à l'ensemble
 * des services » with a certified account only).
 */
export function checkMayPublish(employer: Pick<EmployerPrincipal, 'kind' | 'certification'>): void {
  if (employer.kind !== 'entreprise')
    throw new ApiError(
      403,
      'employer_kind_forbidden',
      'Only an entreprise space publishes offers at a kiosk',
    );
  if (employer.certification !== 'certified')
    throw new ApiError(
      403,
      'certification_required',
      'The entreprise space is not certified yet: an adviser must certify it first',
    );
}

/**
 * Records the offer, 'pending' until an adviser validates it: the search never shows it before.
 * The ROME appellation names the offer and brings its skills; the commune places it.
 */
export function publishOffer(
  db: Db,
  deps: { rome: RomeIndexStore; places: () => Places },
  employer: EmployerPrincipal,
  body: OfferPublishBody,
  at: Date,
): { numero: string; status: 'pending' } {
  checkMayPublish(employer);
  const index = deps.rome.current();
  if (!index) throw new ApiError(503, 'rome_index_unavailable', 'This server has no ROME index');
  const data = JSON.parse(index.json) as RomeIndexData;
  const appellation = data.appellations.find((a) => a[2] === body.codeOgr);
  if (!appellation)
    throw new ApiError(400, 'unknown_appellation', 'codeOgr is not a ROME appellation');
  const commune = deps.places().commune(body.commune);
  if (!commune) throw new ApiError(400, 'unknown_place', 'commune is not a current commune');
  if (body.salaryMin !== null && body.salaryMax !== null && body.salaryMax < body.salaryMin)
    throw new ApiError(400, 'salary_order', 'salaryMax is below salaryMin');
  const [title, rome] = appellation;
  const skills = (data.romeSkills[rome] ?? [])
    .slice(0, 5)
    .map((i) => data.skills[i] ?? '')
    .filter(Boolean);
  const raison = db
    .prepare(
      `SELECT e.raison_sociale FROM employer_accounts a JOIN establishments e ON e.siret = a.siret
       WHERE a.id = ?`,
    )
    .pluck()
    .get(employer.employerId) as string | undefined;
  const numero = freeNumero(db);
  db.prepare(
    `INSERT INTO offres (numero, status, title, code_ogr, rome, domaine, commune, commune_label,
       departement, region, latitude, longitude, contract, duration_months, working_time,
       hours_per_week, salary_min, salary_max, experience_years, employer, description, skills,
       apply_mode, apply_contact, published_at, source, employer_account_id, submitted_at)
     VALUES (?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'online',
       NULL, ?, 'employer', ?, ?)`,
  ).run(
    numero,
    title,
    body.codeOgr,
    rome,
    rome.slice(0, 3),
    commune.code,
    commune.nom,
    commune.departement,
    commune.region,
    commune.lat,
    commune.lon,
    body.contract,
    body.durationMonths,
    body.workingTime,
    body.hoursPerWeek,
    body.salaryMin,
    body.salaryMax,
    body.experienceYears,
    raison ?? null,
    body.description,
    JSON.stringify(skills),
    at.toISOString(),
    employer.employerId,
    at.toISOString(),
  );
  return { numero, status: 'pending' };
}

/**
 * An adviser's validation: the pending offer becomes 'published' (dated now, so it comes first
 * by date) and the search finds it. `by` names who validated it (an adviser's identifiant, 'cli').
 */
export function validateOffer(
  db: Db,
  numero: string,
  by: string,
  at: Date,
): { numero: string; status: 'published' } {
  const row = db.prepare('SELECT status FROM offres WHERE numero = ?').get(numero) as
    { status: string } | undefined;
  if (!row) throw new ApiError(404, 'offer_not_found', 'No offer has this number');
  if (row.status !== 'pending')
    throw new ApiError(
      409,
      'offer_not_pending',
      'Only an offer waiting for validation is validated',
    );
  db.prepare(
    `UPDATE offres SET status = 'published', published_at = ?, validated_at = ?, validated_by = ?
     WHERE numero = ?`,
  ).run(at.toISOString(), at.toISOString(), by, numero);
  return { numero, status: 'published' };
}

/** « Mes offres »: the employer's own, newest first, with how many candidatures each has. */
export function employerOffers(db: Db, employerId: number): EmployerOffer[] {
  const rows = db
    .prepare(
      `SELECT o.numero, o.title, o.commune_label, o.contract, o.status, o.submitted_at,
         (SELECT count(*) FROM candidatures c WHERE c.offre_id = o.id) AS n
       FROM offres o WHERE o.employer_account_id = ? ORDER BY o.submitted_at DESC, o.id DESC`,
    )
    .all(employerId) as {
    numero: string;
    title: string;
    commune_label: string;
    contract: EmployerOffer['contract'];
    status: EmployerOffer['status'];
    submitted_at: string;
    n: number;
  }[];
  return rows.map((r) => ({
    numero: r.numero,
    title: r.title,
    commune: r.commune_label,
    contract: r.contract,
    status: r.status,
    submittedAt: r.submitted_at,
    candidatures: r.n,
  }));
}

/** The offer's id when it is this employer's; 404 otherwise (another's offer is not said to exist). */
export function ownOfferId(db: Db, employerId: number, numero: string): number {
  const id = db
    .prepare('SELECT id FROM offres WHERE numero = ? AND employer_account_id = ?')
    .pluck()
    .get(numero, employerId) as number | undefined;
  if (id === undefined)
    throw new ApiError(404, 'offer_not_found', 'No offer of yours has this number');
  return id;
}

/** « Candidatures reçues »: date, the candidate's name as on the CV, the message. */
export function receivedCandidatures(db: Db, offreId: number): ReceivedCandidature[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.sent_at, c.message, u.prenom, u.nom FROM candidatures c
       JOIN users u ON u.id = c.user_id WHERE c.offre_id = ? ORDER BY c.sent_at DESC`,
    )
    .all(offreId) as {
    id: string;
    sent_at: string;
    message: string | null;
    prenom: string;
    nom: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    sentAt: r.sent_at,
    name: `${r.prenom} ${r.nom}`,
    message: r.message,
  }));
}

/** One candidature's CV as sent (the kiosk draws the PDF from it) and the name it carries. */
export function candidatureCv(
  db: Db,
  offreId: number,
  candidatureId: string,
): { prenom: string; nom: string; cv: unknown } {
  const row = db
    .prepare(
      `SELECT c.cv_snapshot, u.prenom, u.nom FROM candidatures c JOIN users u ON u.id = c.user_id
       WHERE c.id = ? AND c.offre_id = ?`,
    )
    .get(candidatureId, offreId) as
    { cv_snapshot: string; prenom: string; nom: string } | undefined;
  if (!row)
    throw new ApiError(404, 'candidature_not_found', 'No candidature with this id for this offer');
  return { prenom: row.prenom, nom: row.nom, cv: JSON.parse(row.cv_snapshot) as unknown };
}

import { entrepriseAccountSchema, siretField } from '../../../shared/domain/employer';
import { normaliseIdentifiant } from '../../../shared/domain/identifiant';
import { identifiantTaken } from '../accounts/identifiants';
import { newReference, parseOr400 } from '../accounts/registrations';
import { authenticateTerminal } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import { z } from 'zod';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  refusal,
  refusals,
  terminalSecurity,
} from '../apiSchemas';
import { employerCreated } from './employerSchemas';

const establishment = z
  .object({
    siret: z.string(),
    raisonSociale: z.string(),
    adresse: z.string(),
    codeNaf: z.string(),
    libelleNaf: z.string(),
  })
  .describe('Establishment');

const lookupRequest = z.strictObject({ siret: z.string().min(1).max(20) });

/** The shapes only: the rules (identifiant, password policy, phone) are shared/domain/employer's. */
const entrepriseRequest = z.strictObject({
  account: z.strictObject({
    identifiant: z.string().min(1).max(40),
    motDePasse: z.string().min(1).max(128),
    civilite: z.enum(['M', 'F']),
    nom: z.string().min(1).max(60),
    prenom: z.string().min(1).max(60),
    email: z.string().min(3).max(254),
    telephone: z.string().min(1).max(40),
    cgu: z.literal(true),
  }),
  siret: z.string().min(1).max(20),
});

interface EstablishmentRow {
  siret: string;
  raison_sociale: string;
  adresse: string;
  code_naf: string;
  libelle_naf: string;
}

const unknownSiret = (): ApiError =>
  new ApiError(404, 'establishment_not_found', 'No establishment with this SIRET');

/**
 * Entreprise accounts: the account fields and CGU, the SIRET → "Veuillez confirmer qu'il
 * s'agit de votre établissement", then the account waits for an adviser's certification.
 */
export function employerRoutes(app: ApiApp, { db, hasher, now, idempotency }: Deps): void {
  const findEstablishment = (siret: string) =>
    db.prepare('SELECT * FROM establishments WHERE siret = ?').get(siret) as
      EstablishmentRow | undefined;

  app.post(
    '/v1/establishments/lookup',
    {
      schema: {
        operationId: 'lookupEstablishment',
        tags: ['employers'],
        summary: 'The establishment (extrait Kbis) of a SIRET',
        description:
          '400 when the SIRET breaks Luhn (La Poste: sum of digits multiple of 5); 404 establishment_not_found.',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: lookupRequest,
        response: {
          200: answer('Establishment', establishment),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          404: refusal('establishment_not_found'),
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      const siret = parseOr400(siretField, request.body.siret, 'body/siret');
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 200,
        commit: () => {
          const row = findEstablishment(siret);
          if (!row) throw unknownSiret();
          return {
            siret: row.siret,
            raisonSociale: row.raison_sociale,
            adresse: row.adresse,
            codeNaf: row.code_naf,
            libelleNaf: row.libelle_naf,
          };
        },
      }));
    },
  );

  app.post(
    '/v1/employers/entreprise',
    {
      schema: {
        operationId: 'createEntrepriseAccount',
        tags: ['employers'],
        summary: 'Create an entreprise account attached to a confirmed establishment',
        description:
          'The account stays pending_adviser until an adviser certifies it. 409 identifiant_taken.',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: entrepriseRequest,
        response: {
          ...employerCreated,
          ...refusals.badRequest,
          ...refusals.busy,
          ...refusals.terminalAuth,
          404: refusal('establishment_not_found'),
          409: refusal('identifiant_taken (or idempotency_request_in_flight)'),
          422: refusals.idempotency[422],
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      const { body } = request;
      const account = parseOr400(
        entrepriseAccountSchema,
        { ...body.account, confirmation: body.account.motDePasse },
        'body/account',
      );
      const siret = parseOr400(siretField, body.siret, 'body/siret');
      return idempotency.execute(request, reply, terminalId, async () => {
        const hash = await hasher.hash(account.motDePasse);
        const identifiant = normaliseIdentifiant(account.identifiant);
        return {
          status: 201,
          commit: () => {
            if (!findEstablishment(siret)) throw unknownSiret();
            if (identifiantTaken(db, identifiant))
              throw new ApiError(409, 'identifiant_taken', 'This identifiant is already used');
            const reference = newReference('ENT');
            const { confirmation: _c, motDePasse: _p, identifiant: _i, ...profile } = account;
            db.prepare(
              `INSERT INTO employer_accounts (kind, identifiant, password_hash, profile_json, siret, certification, reference, created_at)
               VALUES ('entreprise', ?, ?, ?, ?, 'pending_adviser', ?, ?)`,
            ).run(
              identifiant,
              hash,
              JSON.stringify(profile),
              siret,
              reference,
              now().toISOString(),
            );
            db.prepare(
              `INSERT INTO outgoing_emails (user_id, kind, body_json, created_at) VALUES (NULL, 'employer_activation', ?, ?)`,
            ).run(JSON.stringify({ reference }), now().toISOString());
            return { reference, certification: 'pending_adviser' };
          },
        };
      });
    },
  );
}

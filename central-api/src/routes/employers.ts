import type { FastifyInstance } from 'fastify';
import { entrepriseAccountSchema, siretField } from '../../../shared/domain/employer';
import { normaliseIdentifiant } from '../../../shared/domain/identifiant';
import { identifiantTaken } from '../accounts/identifiants';
import { newReference, parseOr400 } from '../accounts/registrations';
import { authenticateTerminal } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import { errors, idempotencyHeaders, ref, terminalSecurity } from '../schemas';
import { employerCreated } from './employerSchemas';

const establishment = {
  type: 'object',
  required: ['siret', 'raisonSociale', 'adresse', 'codeNaf', 'libelleNaf'],
  additionalProperties: false,
  properties: {
    siret: { type: 'string' },
    raisonSociale: { type: 'string' },
    adresse: { type: 'string' },
    codeNaf: { type: 'string' },
    libelleNaf: { type: 'string' },
  },
} as const;

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
export function employerRoutes(app: FastifyInstance, { db, hasher, now, idempotency }: Deps): void {
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
        body: {
          type: 'object',
          required: ['siret'],
          additionalProperties: false,
          properties: { siret: { type: 'string', minLength: 1, maxLength: 20 } },
        },
        response: {
          200: { description: 'Establishment', ...establishment },
          ...errors.badRequest,
          ...errors.terminalAuth,
          404: { description: 'establishment_not_found', ...ref('Error') },
          ...errors.idempotency,
          ...errors.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      const siret = parseOr400(siretField, (request.body as { siret: string }).siret, 'body/siret');
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
        body: {
          type: 'object',
          required: ['account', 'siret'],
          additionalProperties: false,
          properties: {
            account: {
              type: 'object',
              required: [
                'identifiant',
                'motDePasse',
                'civilite',
                'nom',
                'prenom',
                'email',
                'telephone',
                'cgu',
              ],
              additionalProperties: false,
              properties: {
                identifiant: { type: 'string', minLength: 1, maxLength: 40 },
                motDePasse: { type: 'string', minLength: 1, maxLength: 128 },
                civilite: { type: 'string', enum: ['M', 'F'] },
                nom: { type: 'string', minLength: 1, maxLength: 60 },
                prenom: { type: 'string', minLength: 1, maxLength: 60 },
                email: { type: 'string', minLength: 3, maxLength: 254 },
                telephone: { type: 'string', minLength: 1, maxLength: 40 },
                cgu: { type: 'boolean', enum: [true] },
              },
            },
            siret: { type: 'string', minLength: 1, maxLength: 20 },
          },
        },
        response: {
          ...employerCreated,
          ...errors.badRequest,
          ...errors.terminalAuth,
          404: { description: 'establishment_not_found', ...ref('Error') },
          409: {
            description: 'identifiant_taken (or idempotency_request_in_flight)',
            ...ref('Error'),
          },
          422: errors.idempotency[422],
          ...errors.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      const body = request.body as { account: Record<string, unknown>; siret: string };
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

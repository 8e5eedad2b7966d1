import { normaliseIdentifiant } from '../../../shared/domain/identifiant';
import {
  REGISTRATION_DRAFT_DAYS,
  accessCodesSchema,
  registrationSections,
  sectionSchemas,
} from '../../../shared/domain/registration';
import { normaliseSecretAnswer } from '../../../shared/domain/secretQuestions';
import { identifiantTaken } from '../accounts/identifiants';
import {
  newReference,
  openSession,
  ownRegistration,
  parseOr400,
  type RegistrationRow,
} from '../accounts/registrations';
import { authenticateSubmitter, authenticateTerminal } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  refusal,
  refusals,
  terminalSecurity,
  userSecurity,
} from '../apiSchemas';
import { isoAfter } from '../tokens';
import {
  createRegistrationBody,
  draftOpened,
  draftSaved,
  referenceParams,
  registrationSent,
  resumeRegistrationBody,
  saveDraftBody,
} from './registrationSchemas';

const pendingAccount = (): ApiError =>
  new ApiError(409, 'identifiant_taken', 'This identifiant is already used');

export function registrationRoutes(app: ApiApp, deps: Deps): void {
  const { db, hasher, now, idempotency, signInLimits } = deps;

  app.post(
    '/v1/registrations',
    {
      schema: {
        operationId: 'createRegistration',
        tags: ['registration'],
        summary: 'Start a registration: the chosen access codes create a pending account',
        description:
          'The answer holds a draft token (a session of the pending account) that authorises saving the draft. 409 identifiant_taken.',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: createRegistrationBody,
        response: {
          201: answer('Draft opened', draftOpened),
          ...refusals.badRequest,
          ...refusals.busy,
          ...refusals.terminalAuth,
          409: refusal('identifiant_taken (or idempotency_request_in_flight)'),
          422: refusals.idempotency[422],
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      const { body } = request;
      // The confirmation never leaves the kiosk; the rules (identifiant shape, password policy,
      // question list) are checked again here with the same shared schema.
      const codes = parseOr400(
        accessCodesSchema,
        { ...body, confirmation: body.motDePasse },
        'body',
      );
      return idempotency.execute(request, reply, terminalId, async () => {
        const identifiant = normaliseIdentifiant(codes.identifiant);
        const passwordHash = await hasher.hash(codes.motDePasse);
        const answerHash = await hasher.hash(normaliseSecretAnswer(codes.reponseSecrete));
        const at = now();
        return {
          status: 201,
          commit: () => {
            if (identifiantTaken(db, identifiant)) throw pendingAccount();
            const { id: userId } = db
              .prepare(
                `INSERT INTO users (identifiant, password_hash, code_postal, prenom, nom, created_at,
                   status, secret_question, secret_answer_hash)
                 VALUES (?, ?, ?, '', '', ?, 'pending', ?, ?) RETURNING id`,
              )
              .get(
                identifiant,
                passwordHash,
                codes.codePostal,
                at.toISOString(),
                codes.questionSecrete,
                answerHash,
              ) as { id: number };
            const reference = newReference('INS');
            const expiresAt = isoAfter(at, REGISTRATION_DRAFT_DAYS * 24 * 3600);
            db.prepare(
              `INSERT INTO registrations (reference, user_id, status, draft_json, created_at, updated_at, expires_at)
               VALUES (?, ?, 'draft', '{}', ?, ?, ?)`,
            ).run(reference, userId, at.toISOString(), at.toISOString(), expiresAt);
            const draftToken = openSession(db, userId, terminalId, at);
            return { reference, draftToken, expiresAt, codePostal: codes.codePostal, draft: {} };
          },
        };
      });
    },
  );

  app.post(
    '/v1/registrations/resume',
    {
      schema: {
        operationId: 'resumeRegistration',
        tags: ['registration'],
        summary: '"Reprendre mon inscription": identifiant + mot de passe of a draft under 15 days',
        description:
          'A wrong identifiant or password, or an account without a draft, give the same 401 invalid_credentials. 410 registration_expired, 409 registration_not_draft (already sent: sign in with the same codes, POST /v1/sessions). Failures count with sign-in’s: 5 in a row lock the identifiant for 15 minutes (429 account_locked), and a terminal may try 30 a minute (429 rate_limited).',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: resumeRegistrationBody,
        response: {
          200: answer('Draft reopened', draftOpened),
          ...refusals.badRequest,
          401: refusal('invalid_terminal_token or invalid_credentials'),
          409: refusal('registration_not_draft'),
          410: refusal('registration_expired'),
          422: refusals.idempotency[422],
          ...refusals.rateLimited,
          ...refusals.busy,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      const { body } = request;
      return idempotency.execute(request, reply, terminalId, async () => {
        signInLimits.before(terminalId, body.identifiant, now());
        const row = db
          .prepare(
            `SELECT u.id, u.password_hash, u.code_postal, r.reference FROM users u
             LEFT JOIN registrations r ON r.user_id = u.id WHERE u.identifiant = ?`,
          )
          .get(normaliseIdentifiant(body.identifiant)) as
          | { id: number; password_hash: string; code_postal: string; reference: string | null }
          | undefined;
        const ok = await hasher.verify(row?.password_hash, body.motDePasse);
        if (!row || !ok || !row.reference) {
          // The draft holds the NIR, the address and the e-mail: its door counts like sign-in's.
          signInLimits.failed(body.identifiant, now());
          throw new ApiError(
            401,
            'invalid_credentials',
            'Identifiant or password is not recognised',
          );
        }
        signInLimits.succeeded(body.identifiant);
        const at = now();
        const registration = ownRegistration(db, row.reference, row.id, at);
        return {
          status: 200,
          commit: () => ({
            reference: registration.reference,
            draftToken: openSession(db, row.id, terminalId, at),
            expiresAt: registration.expires_at,
            codePostal: row.code_postal,
            draft: JSON.parse(registration.draft_json) as object,
          }),
        };
      });
    },
  );

  app.post(
    '/v1/registrations/:reference/draft',
    {
      schema: {
        operationId: 'saveRegistrationDraft',
        tags: ['registration'],
        summary: 'Save one section of the draft (sent through the kiosk outbox)',
        security: userSecurity,
        headers: idempotencyHeaders,
        params: referenceParams,
        body: saveDraftBody,
        response: {
          200: draftSaved,
          ...refusals.badRequest,
          401: refusal('invalid_terminal_token or invalid_user_token'),
          404: refusal('registration_not_found'),
          409: refusal('registration_not_draft'),
          410: refusal('registration_expired'),
          422: refusals.idempotency[422],
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { terminalId, userId } = authenticateSubmitter(db, request, at, 'registration');
      const { reference } = request.params;
      const { section, data } = request.body;
      const parsed = parseOr400(sectionSchemas[section], data, `body/data`);
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 200,
        commit: () => {
          const row = ownRegistration(db, reference, userId, at);
          const draft = JSON.parse(row.draft_json) as Record<string, unknown>;
          draft[section] = parsed;
          db.prepare(
            'UPDATE registrations SET draft_json = ?, updated_at = ? WHERE reference = ?',
          ).run(JSON.stringify(draft), at.toISOString(), reference);
          return { savedAt: at.toISOString() };
        },
      }));
    },
  );

  app.post(
    '/v1/registrations/:reference/submit',
    {
      schema: {
        operationId: 'submitRegistration',
        tags: ['registration'],
        summary: 'Send the completed registration (every section saved)',
        description: '409 registration_incomplete names the first missing section.',
        security: userSecurity,
        headers: idempotencyHeaders,
        params: referenceParams,
        response: {
          200: registrationSent,
          ...refusals.badRequest,
          401: refusal('invalid_terminal_token or invalid_user_token'),
          404: refusal('registration_not_found'),
          409: refusal('registration_incomplete or registration_not_draft'),
          410: refusal('registration_expired'),
          422: refusals.idempotency[422],
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { terminalId, userId } = authenticateSubmitter(db, request, at, 'registration');
      const { reference } = request.params;
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 200,
        commit: () => {
          const row: RegistrationRow = ownRegistration(db, reference, userId, at);
          const draft = JSON.parse(row.draft_json) as Record<string, Record<string, unknown>>;
          const missing = registrationSections.find((s) => !draft[s]);
          if (missing)
            throw new ApiError(
              409,
              'registration_incomplete',
              `Section ${missing} is not saved yet`,
            );
          const identite = draft.identite as {
            prenoms: string;
            nomUsage?: string;
            nomNaissance: string;
          };
          const email = (draft.coordonnees as { email?: string }).email || null;
          db.prepare(`UPDATE users SET prenom = ?, nom = ?, email = ? WHERE id = ?`).run(
            identite.prenoms,
            identite.nomUsage || identite.nomNaissance,
            email,
            userId,
          );
          db.prepare(
            `UPDATE registrations SET status = 'submitted', submitted_at = ?, updated_at = ? WHERE reference = ?`,
          ).run(at.toISOString(), at.toISOString(), reference);
          if (email)
            db.prepare(
              `INSERT INTO outgoing_emails (user_id, kind, body_json, created_at) VALUES (?, 'confirm_email', ?, ?)`,
            ).run(userId, JSON.stringify({ reference }), at.toISOString());
          return { reference, submittedAt: at.toISOString() };
        },
      }));
    },
  );
}

import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { authenticateTerminal, authenticateUser } from '../auth';
import type { Deps } from '../deps';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  refusal,
  refusals,
  terminalSecurity,
  userSecurity,
} from '../apiSchemas';
import { sessionCreated } from './sessionSchemas';
import { openUserSession } from '../userSessions';
import { keyRegistered, optionsReply, responseBody, rpBody } from './webauthnSchemas';
import {
  challengeOf,
  findCredential,
  refused,
  storeChallenge,
  takeChallenge,
} from './webauthnStore';

/**
 * Passwordless sign-in with the user's own security key ("Se connecter sans mot de
 * passe"): a discoverable credential, user verification required (PIN or fingerprint on the key),
 * cross-platform only so the terminal's own authenticator is never used. The kiosk says which
 * relying party (its host name) and origin its page has; each challenge is single use.
 */
export function webauthnRoutes(app: ApiApp, { db, now, idempotency }: Deps): void {
  app.post(
    '/v1/webauthn/registration/options',
    {
      schema: {
        operationId: 'webauthnRegistrationOptions',
        tags: ['webauthn'],
        summary: "Options to register the signed-in user's security key",
        security: userSecurity,
        headers: idempotencyHeaders,
        body: rpBody,
        response: {
          200: optionsReply,
          ...refusals.badRequest,
          401: refusal('invalid_terminal_token or invalid_user_token'),
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId, userId } = authenticateUser(db, request, now());
      const rp = request.body;
      const user = db
        .prepare('SELECT identifiant, prenom, nom FROM users WHERE id = ?')
        .get(userId) as {
        identifiant: string;
        prenom: string;
        nom: string;
      };
      const existing = db
        .prepare('SELECT id FROM webauthn_credentials WHERE user_id = ?')
        .all(userId) as { id: string }[];
      const options = await generateRegistrationOptions({
        rpName: 'France Travail',
        rpID: rp.rpId,
        userName: user.identifiant,
        userDisplayName: `${user.prenom} ${user.nom}`.trim() || user.identifiant,
        userID: new TextEncoder().encode(`user-${userId}`),
        attestationType: 'none',
        excludeCredentials: existing.map((c) => ({ id: c.id })),
        authenticatorSelection: {
          residentKey: 'required',
          userVerification: 'required',
          authenticatorAttachment: 'cross-platform',
        },
        preferredAuthenticatorType: 'securityKey',
      });
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 200,
        commit: () => {
          storeChallenge(db, now(), options.challenge, terminalId, userId, 'registration', rp);
          return options;
        },
      }));
    },
  );

  app.post(
    '/v1/webauthn/registration/verify',
    {
      schema: {
        operationId: 'webauthnRegister',
        tags: ['webauthn'],
        summary: 'Verify and store the new security key',
        description:
          '401 webauthn_refused when the answer does not verify (user verification included).',
        security: userSecurity,
        headers: idempotencyHeaders,
        body: responseBody,
        response: {
          201: keyRegistered,
          ...refusals.badRequest,
          401: refusal('invalid_terminal_token, invalid_user_token or webauthn_refused'),
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { terminalId, userId } = authenticateUser(db, request, at);
      // Its shape is checked by verifyRegistrationResponse, which refuses what it cannot read.
      const response = request.body.response as unknown as RegistrationResponseJSON;
      return idempotency.execute(request, reply, terminalId, async () => {
        const challenge = takeChallenge(db, challengeOf(response), terminalId, 'registration', at);
        if (challenge.user_id !== userId) throw refused();
        const result = await verifyRegistrationResponse({
          response,
          expectedChallenge: challenge.challenge,
          expectedOrigin: challenge.origin,
          expectedRPID: challenge.rp_id,
          requireUserVerification: true,
        }).catch(() => ({ verified: false as const }));
        if (!result.verified) throw refused();
        const { credential } = result.registrationInfo;
        return {
          status: 201,
          commit: () => {
            db.prepare(
              `INSERT INTO webauthn_credentials (id, user_id, public_key, counter, transports, created_at)
               VALUES (?, ?, ?, ?, ?, ?)`,
            ).run(
              credential.id,
              userId,
              Buffer.from(credential.publicKey),
              credential.counter,
              JSON.stringify(credential.transports ?? []),
              at.toISOString(),
            );
            return { credentialId: credential.id };
          },
        };
      });
    },
  );

  app.post(
    '/v1/webauthn/authentication/options',
    {
      schema: {
        operationId: 'webauthnAuthenticationOptions',
        tags: ['webauthn'],
        summary: 'Options for a passwordless sign-in (discoverable credential, no identifiant)',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: rpBody,
        response: {
          200: optionsReply,
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      const rp = request.body;
      const options = await generateAuthenticationOptions({
        rpID: rp.rpId,
        userVerification: 'required',
      });
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 200,
        commit: () => {
          storeChallenge(db, now(), options.challenge, terminalId, null, 'authentication', rp);
          return options;
        },
      }));
    },
  );

  app.post(
    '/v1/webauthn/authentication/verify',
    {
      schema: {
        operationId: 'webauthnSignIn',
        tags: ['webauthn'],
        summary: 'Sign in with a security key: answers like POST /v1/sessions',
        description:
          '401 webauthn_refused for an unknown key, a replayed challenge or a failed verification.',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: responseBody,
        response: {
          201: answer('Signed in', sessionCreated),
          ...refusals.badRequest,
          401: refusal('invalid_terminal_token or webauthn_refused'),
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { terminalId } = authenticateTerminal(db, request, at);
      // Its shape is checked by verifyAuthenticationResponse, which refuses what it cannot read.
      const response = request.body.response as unknown as AuthenticationResponseJSON;
      return idempotency.execute(request, reply, terminalId, async () => {
        const challenge = takeChallenge(
          db,
          challengeOf(response),
          terminalId,
          'authentication',
          at,
        );
        const stored = findCredential(db, String(response.id ?? ''));
        if (!stored) throw refused();
        const result = await verifyAuthenticationResponse({
          response,
          expectedChallenge: challenge.challenge,
          expectedOrigin: challenge.origin,
          expectedRPID: challenge.rp_id,
          requireUserVerification: true,
          credential: {
            id: stored.id,
            publicKey: new Uint8Array(stored.public_key),
            counter: stored.counter,
            transports: JSON.parse(stored.transports) as never,
          },
        }).catch(() => ({ verified: false, authenticationInfo: undefined }));
        if (!result.verified || !result.authenticationInfo) throw refused();
        const newCounter = result.authenticationInfo.newCounter;
        return {
          status: 201,
          commit: () => {
            db.prepare('UPDATE webauthn_credentials SET counter = ? WHERE id = ?').run(
              newCounter,
              stored.id,
            );
            return {
              ...openUserSession(db, { userId: stored.user_id, terminalId, at }),
              profile: { prenom: stored.prenom, nom: stored.nom },
              mustChangePassword: stored.must_change_password === 1,
              // Only a validated espace can register a key, so a key never opens a provisional one.
              access: 'espace' as const,
            };
          },
        };
      });
    },
  );
}

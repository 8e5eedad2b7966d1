import { randomInt } from 'node:crypto';
import { z } from 'zod';
import {
  ATTESTATION_REFERENCE_PATTERN,
  VERIFICATION_CODE_PATTERN,
} from '../../../shared/domain/paiements';
import { buildAttestationPdf } from '../attestationPdf';
import { authenticateUser } from '../auth';
import type { Deps } from '../deps';
import { createMinuteLimit } from '../rateWindows';
import { ApiError } from '../errors';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  refusal,
  refusals,
  userSecurity,
} from '../apiSchemas';
import { sha256Hex } from '../tokens';
import { attestationStatement } from './attestationContent';
import {
  attestationIssued,
  attestationPdf,
  attestationRequest,
  attestationVerification,
} from './paiementsSchemas';

const REFERENCE_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** No 0/O nor 1/I: a code read off paper and typed by someone else. */
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const pick = (alphabet: string, n: number) =>
  Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');

const codeHash = (reference: string, code: string) =>
  sha256Hex(`attestation\0${reference}\0${code.toUpperCase()}`);

/** Checks per client address and minute: enough for a person, too few to guess a code. */
const VERIFY_PER_MINUTE = 20;

/**
 * Attestations: issued by the central API (the authority) as PDFs with a reference and a
 * verification code, kept so the holder can print one again and a third party can check one.
 */
export function attestationRoutes(app: ApiApp, { db, now, idempotency }: Deps): void {
  app.post(
    '/v1/attestations',
    {
      schema: {
        operationId: 'createAttestation',
        tags: ['paiements'],
        summary: 'Issue an attestation (paiement, inscription, fiscale, droits) as a PDF',
        security: userSecurity,
        headers: idempotencyHeaders,
        body: attestationRequest,
        response: {
          201: answer('Issued', attestationIssued),
          ...refusals.badRequest,
          401: refusal('invalid_terminal_token or invalid_user_token'),
          409: refusal(
            'no_rights (an attestation de droits without rights), no_file, or idempotency_request_in_flight',
          ),
          422: refusals.idempotency[422],
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { userId, terminalId } = authenticateUser(db, request, at);
      const holder = db
        .prepare('SELECT prenom, nom, identifiant FROM users WHERE id = ?')
        .get(userId) as { prenom: string; nom: string; identifiant: string };
      const statement = attestationStatement(db, userId, request.body, at);
      const day = at.toISOString().slice(0, 10).replaceAll('-', '');
      const reference = `ATT-${day}-${pick(REFERENCE_ALPHABET, 6)}`;
      const code = `${pick(CODE_ALPHABET, 4)}-${pick(CODE_ALPHABET, 4)}`;
      const pdf = Buffer.from(
        await buildAttestationPdf({
          kind: request.body.kind,
          reference,
          code,
          issuedAt: at,
          holder,
          ...statement,
        }),
      );
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 201,
        commit: () => {
          db.prepare(
            'INSERT INTO attestations (reference, user_id, kind, code_hash, issued_at, pdf) VALUES (?, ?, ?, ?, ?, ?)',
          ).run(
            reference,
            userId,
            request.body.kind,
            codeHash(reference, code),
            at.toISOString(),
            pdf,
          );
          return {
            reference,
            kind: request.body.kind,
            issuedAt: at.toISOString(),
            pdfBase64: pdf.toString('base64'),
          };
        },
      }));
    },
  );

  app.get(
    '/v1/attestations/:reference/pdf',
    {
      schema: {
        operationId: 'getAttestationPdf',
        tags: ['paiements'],
        summary: "One of this user's attestations again, to print it (base64)",
        security: userSecurity,
        params: z.strictObject({ reference: z.string().regex(ATTESTATION_REFERENCE_PATTERN) }),
        response: {
          200: attestationPdf,
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          404: refusal('not_found: no such attestation for this user'),
        },
      },
    },
    async (request) => {
      const { userId } = authenticateUser(db, request, now());
      const row = db
        .prepare('SELECT pdf FROM attestations WHERE reference = ? AND user_id = ?')
        .get(request.params.reference, userId) as { pdf: Buffer } | undefined;
      if (!row) throw new ApiError(404, 'not_found', 'No such attestation');
      return { pdfBase64: row.pdf.toString('base64') };
    },
  );

  // Per client address, shared by every instance on PostgreSQL (rateWindows.ts).
  const verifyLimit = createMinuteLimit(
    db,
    'attestation-verify',
    VERIFY_PER_MINUTE,
    'Too many attestation checks; slow down',
  );
  app.get(
    '/v1/attestations/:reference/verify',
    {
      schema: {
        operationId: 'verifyAttestation',
        tags: ['paiements'],
        summary: 'For a third party: is this attestation authentic, and when was it issued',
        description:
          'No authentication: a CAF, a landlord or the tax office types the reference and the code printed on the attestation. The answer says nothing about the person. Limited per client address.',
        security: [],
        params: z.strictObject({ reference: z.string().min(1).max(40) }),
        querystring: z.strictObject({ code: z.string().min(1).max(20) }),
        response: {
          200: answer('The verdict', attestationVerification),
          ...refusals.badRequest,
          429: refusal('rate_limited: too many checks from this address; see Retry-After'),
        },
      },
    },
    async (request) => {
      verifyLimit(request.ip, now());
      const { reference } = request.params;
      const code = request.query.code.trim().toUpperCase();
      if (!ATTESTATION_REFERENCE_PATTERN.test(reference) || !VERIFICATION_CODE_PATTERN.test(code))
        return { valid: false };
      const row = db
        .prepare('SELECT kind, issued_at FROM attestations WHERE reference = ? AND code_hash = ?')
        .get(reference, codeHash(reference, code)) as
        { kind: 'paiement' | 'inscription' | 'fiscale' | 'droits'; issued_at: string } | undefined;
      return row ? { valid: true, kind: row.kind, issuedAt: row.issued_at } : { valid: false };
    },
  );
}

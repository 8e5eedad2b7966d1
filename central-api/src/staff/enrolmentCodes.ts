import { z } from 'zod';
import { agencyCodes } from '../agencies';
import type { Deps } from '../deps';
import { answer, type ApiApp, named, refusal, refusals } from '../apiSchemas';
import { enrolmentAlerts, issueEnrolmentCode } from '../terminalIdentity';
import { authenticateStaff, staffScope } from './auth';
import { auditStaff } from './audit';
import { staffConsoleHeaders } from './schemas';
import { staffSecurity } from './sessions';

const enrolmentCodeRequest = named(
  'EnrolmentCodeRequest',
  z.strictObject({
    label: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .describe("The terminal's label, as in its config (terminal.label)"),
    agencyCode: z.enum(agencyCodes as [string, ...string[]]).optional(),
  }),
);

const enrolmentCodeIssued = named(
  'EnrolmentCodeIssued',
  z.object({
    code: z.string().describe('Shown once: only its hash is kept'),
    label: z.string(),
    agencyCode: z.string().nullable(),
    expiresAt: z.iso.datetime(),
    reenrolment: z
      .boolean()
      .describe('The label is enrolled already: the code re-enrols it and revokes its credential'),
  }),
);

const enrolmentAlertsReply = named(
  'EnrolmentAlerts',
  z.object({
    refusedLast24h: z.int(),
    throttledSourcesLast24h: z.int(),
    lastRefusedAt: z.iso.datetime().nullable(),
  }),
);

/** IT's side of terminal identity: one-time enrolment codes, and the refused enrolments' count. */
export function enrolmentCodeRoutes(app: ApiApp, { db, now, idempotency }: Deps): void {
  app.post(
    '/v1/staff/enrolment-codes',
    {
      schema: {
        operationId: 'issueEnrolmentCode',
        tags: ['staff'],
        summary: 'Issue a one-time enrolment code for one terminal (IT)',
        description:
          'Valid 24 h, for this label only; an earlier unused code of the label stops working. For an enrolled label, using the code re-enrols the terminal: its secret, tokens and sessions are revoked.',
        security: staffSecurity,
        headers: staffConsoleHeaders,
        body: enrolmentCodeRequest,
        response: {
          201: answer('Issued', enrolmentCodeIssued),
          ...refusals.badRequest,
          401: refusal('staff_auth_required'),
          403: refusal('staff_role_forbidden or staff_console_header_required'),
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const staff = authenticateStaff(db, request, at, ['it']);
      return idempotency.execute(request, reply, staffScope(staff), () => ({
        status: 201,
        commit: () => {
          const issued = issueEnrolmentCode(db, {
            label: request.body.label,
            agencyCode: request.body.agencyCode ?? null,
            issuedBy: staff.staffId,
            at,
          });
          auditStaff(db, {
            staffId: staff.staffId,
            action: 'enrolment_code_issued',
            target: issued.label,
            detail: { agencyCode: issued.agencyCode, reenrolment: issued.reenrolment },
            at,
          });
          return issued;
        },
      }));
    },
  );

  app.get(
    '/v1/staff/enrolment-alerts',
    {
      schema: {
        operationId: 'enrolmentAlerts',
        tags: ['staff'],
        summary: 'Refused terminal enrolments and throttled addresses, last 24 hours (IT)',
        security: staffSecurity,
        response: {
          200: answer('Counts', enrolmentAlertsReply),
          401: refusal('staff_auth_required'),
          403: refusal('staff_role_forbidden'),
        },
      },
    },
    async (request) => {
      const at = now();
      authenticateStaff(db, request, at, ['it']);
      return enrolmentAlerts(db, at);
    },
  );
}

import { authenticateTerminal } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  refusal,
  refusals,
  terminalSecurity,
} from '../apiSchemas';
import {
  enrolRequest,
  enrolResponse,
  heartbeatRequest,
  heartbeatResponse,
  terminalTokenRequest,
  terminalTokenResponse,
} from './terminalSchemas';
import { fleetRuntime } from '../fleet/runtime';
import { pendingCommands, recordHeartbeat } from '../fleet/store';
import { ENROLMENT_ALERT_TOPIC, createEnrolmentGuard, secretMatches } from '../terminalIdentity';
import { auditStaff } from '../staff/audit';
import { TERMINAL_TOKEN_TTL_SECONDS } from '../tokens';
import { enrolment, issueAccessToken } from './terminalEnrolment';

export function terminalRoutes(app: ApiApp, deps: Deps): void {
  const { db, now, idempotency } = deps;
  // Every refusal goes to the staff audit too, where IT reads it (label, address, reason), and
  // to the live views (ENROLMENT_ALERT_TOPIC), which update their counter at once.
  const guard = createEnrolmentGuard(db, undefined, ({ source, label, reason, at }) => {
    auditStaff(db, {
      staffId: null,
      action: 'terminal_enrolment_refused',
      ...(label ? { target: label } : {}),
      detail: { reason, source },
      at,
    });
    deps.events.publish(ENROLMENT_ALERT_TOPIC, {
      type: 'enrolment-refused',
      data: { label, reason, at: at.toISOString() },
    });
  });
  // The alert's event holds a terminal label, a reason code and a time: it travels as it is.
  deps.events.share(ENROLMENT_ALERT_TOPIC, {
    toWire: (event) => event.data,
    fromWire: (wire) =>
      wire !== null && typeof wire === 'object'
        ? { type: 'enrolment-refused', data: wire }
        : undefined,
  });
  const enrol = enrolment(db, guard);

  app.post(
    '/v1/terminals/enrol',
    {
      schema: {
        operationId: 'enrolTerminal',
        tags: ['terminals'],
        summary: 'Enrol a terminal: its own long-lived secret and a first short-lived access token',
        description:
          'With a shared enrolmentToken: a label not enrolled yet only (an enrolled label answers 409 terminal_already_enrolled). With an enrolmentCode IT issued for the label: enrols it, or re-enrols it, which replaces its secret and revokes its tokens and sessions. Refusals are counted per source address: past the limit, 429 with Retry-After.',
        headers: idempotencyHeaders,
        body: enrolRequest,
        response: {
          201: answer('Enrolled', enrolResponse),
          ...refusals.badRequest,
          401: refusal(
            'invalid_enrolment_token or invalid_enrolment_code (unknown, used, expired, or issued for another label)',
          ),
          409: refusal(
            'terminal_already_enrolled (the label has its own credential: re-enrolling needs a code issued by IT), or idempotency_request_in_flight',
          ),
          422: refusals.idempotency[422],
          429: refusal(
            'rate_limited: too many refused enrolments from this address; see Retry-After',
          ),
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      guard.check(request.ip, request.body.label, at);
      // Decided inside: a retry of an enrolment whose reply was lost gets the same secret back.
      return idempotency.execute(request, reply, 'enrolment', () =>
        enrol(request.body, request.ip, at),
      );
    },
  );

  app.post(
    '/v1/terminals/token',
    {
      schema: {
        operationId: 'terminalToken',
        tags: ['terminals'],
        summary: "Exchange the terminal's own secret for a short-lived access token",
        headers: idempotencyHeaders,
        body: terminalTokenRequest,
        response: {
          201: answer('Issued', terminalTokenResponse),
          ...refusals.badRequest,
          401: refusal(
            'invalid_terminal_credential: unknown terminal, or a secret replaced by a re-enrolment',
          ),
          ...refusals.idempotency,
          429: refusal('rate_limited: too many refusals from this address; see Retry-After'),
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { terminalId, terminalSecret } = request.body;
      guard.check(request.ip, null, at);
      const terminal = db
        .prepare('SELECT id, label, secret_hash FROM terminals WHERE id = ?')
        .get(terminalId) as { id: string; label: string; secret_hash: string | null } | undefined;
      if (!terminal || !secretMatches(terminalSecret, terminal.secret_hash))
        throw guard.refuse(
          request.ip,
          terminal?.label ?? null,
          'invalid_terminal_credential',
          at,
          new ApiError(
            401,
            'invalid_terminal_credential',
            'Terminal credential is unknown or was replaced',
          ),
        );
      return idempotency.execute(request, reply, `token:${terminal.id}`, () => ({
        status: 201,
        commit: () => ({
          terminalId: terminal.id,
          accessToken: issueAccessToken(db, terminal.id, at),
          expiresInSeconds: TERMINAL_TOKEN_TTL_SECONDS,
        }),
      }));
    },
  );

  app.post(
    '/v1/terminals/heartbeat',
    {
      schema: {
        operationId: 'terminalHeartbeat',
        tags: ['terminals'],
        summary: 'Tell the central API the terminal is alive',
        description:
          'Idempotent by nature (it sets the latest values): a retry with the same Idempotency-Key does the same again, so the key is accepted and not stored. The answer carries the commands waiting for the terminal.',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: heartbeatRequest,
        response: {
          200: answer('Seen', heartbeatResponse),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request) => {
      const at = now();
      const { terminalId } = authenticateTerminal(db, request, at);
      // Health in counts, states and codes; the pending commands ride back on the answer.
      recordHeartbeat(db, terminalId, request.body, at);
      fleetRuntime(deps).changed(terminalId);
      return { serverTime: at.toISOString(), commands: pendingCommands(db, terminalId) };
    },
  );
}

/**
 * IT's fleet view and remote actions (/v1/staff/fleet/...). IT sees and acts on every terminal;
 * a responsable d'agence sees their agency's terminals, read only; a conseiller neither.
 * Every action is audited (terminal, kind, version: never anything of a person).
 */
import { describeConfigProblems, pushableConfigSchema } from '../../../shared/config/pushable';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import { answer, type ApiApp, noContent, refusal, refusals } from '../apiSchemas';
import { auditStaff } from '../staff/audit';
import { authenticateStaff, canSeeAgency, staffScope, type StaffPrincipal } from '../staff/auth';
import { staffSecurity } from '../staff/sessions';
import { staffConsoleHeaders } from '../staff/schemas';
import { openEventStream } from '../staff/sse';
import {
  commandQueued,
  configPushRequest,
  fleetList,
  fleetListQuery,
  fleetTerminalDetail,
  remoteActionRequest,
  terminalIdParams,
} from '../routes/fleetSchemas';
import { fleetRuntime } from './runtime';
import { queueCommand, type PendingCommand } from './store';
import { configOf, listTerminals, thresholdsFromEnv, type FleetThresholds } from './view';

export const FLEET_TOPIC = 'fleet';
const FLEET_IDS_PER_EVENT = 100;
/** Terminals that went quiet change state without a heartbeat: a full list this often. */
const FULL_REFRESH_MS = 30_000;

const readers = ['it', 'responsable'] as const;
const notFound = () => new ApiError(404, 'terminal_not_found', 'No such terminal');

const staffRefusals = {
  401: refusal('staff_auth_required'),
  403: refusal('staff_role_forbidden or staff_console_header_required'),
};

/** The agency a reader may look at: IT any (or all), a responsable only their own. */
function agencyFor(staff: StaffPrincipal, asked: string | undefined): string | undefined {
  if (staff.role === 'it') return asked;
  if (asked && asked !== staff.agencyCode) {
    throw new ApiError(403, 'staff_role_forbidden', 'Only your own agency');
  }
  return staff.agencyCode ?? '-';
}

export function fleetStaffRoutes(
  app: ApiApp,
  deps: Deps,
  thresholds: FleetThresholds = thresholdsFromEnv(),
): void {
  const { db, now, idempotency, events } = deps;
  const runtime = fleetRuntime(deps);
  // Heartbeats and acknowledgements, gathered once a second, reach every open fleet view, on
  // every API instance: the ids travel, by hundreds (a NOTIFY holds 8000 bytes), each view then
  // reads the terminals it may see.
  events.share(FLEET_TOPIC, {
    toWire: (event) => event.data,
    fromWire: (wire) =>
      Array.isArray(wire) && wire.every((id) => typeof id === 'string')
        ? { type: 'terminals', data: wire }
        : undefined,
  });
  runtime.onChanges((ids) => {
    for (let i = 0; i < ids.length; i += FLEET_IDS_PER_EVENT)
      events.publish(FLEET_TOPIC, {
        type: 'terminals',
        data: ids.slice(i, i + FLEET_IDS_PER_EVENT),
      });
  });

  const visibleTerminal = (staff: StaffPrincipal, terminalId: string) => {
    const [terminal] = listTerminals(db, { ids: [terminalId] }, now(), thresholds);
    if (!terminal || !canSeeAgency(staff, terminal.agencyCode)) throw notFound();
    return terminal;
  };

  app.get(
    '/v1/staff/fleet/terminals',
    {
      schema: {
        operationId: 'fleetTerminals',
        tags: ['fleet'],
        summary: 'Every terminal with its state, health and alerts',
        description:
          'Online when a heartbeat came within 180 s. Alerts: offline longer than FLEET_OFFLINE_ALERT_MINUTES, oldest queued item older than FLEET_QUEUE_ALERT_HOURS, items needing attention. A responsable sees their agency only.',
        security: staffSecurity,
        querystring: fleetListQuery,
        response: {
          200: answer('The terminals', fleetList),
          ...refusals.badRequest,
          ...staffRefusals,
        },
      },
    },
    async (request) => {
      const at = now();
      const staff = authenticateStaff(db, request, at, readers);
      const agencyCode = agencyFor(staff, request.query.agency);
      return {
        terminals: listTerminals(db, { agencyCode, state: request.query.state }, at, thresholds),
        thresholds,
        generatedAt: at.toISOString(),
      };
    },
  );

  app.get(
    '/v1/staff/fleet/terminals/:terminalId',
    {
      schema: {
        operationId: 'fleetTerminal',
        tags: ['fleet'],
        summary: 'One terminal: its state, the configuration pushed to it, its last commands',
        security: staffSecurity,
        params: terminalIdParams,
        response: {
          200: answer('The terminal', fleetTerminalDetail),
          ...refusals.badRequest,
          ...staffRefusals,
          404: refusal('terminal_not_found'),
        },
      },
    },
    async (request) => {
      const staff = authenticateStaff(db, request, now(), readers);
      const terminal = visibleTerminal(staff, request.params.terminalId);
      const commands = db
        .prepare(
          `SELECT kind, created_at AS createdAt, done_at AS doneAt, outcome FROM terminal_commands
           WHERE terminal_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 10`,
        )
        .all(terminal.id) as {
        kind: PendingCommand['kind'];
        createdAt: string;
        doneAt: string | null;
        outcome: string | null;
      }[];
      const pushed = pushableConfigSchema.safeParse(configOf(db, terminal.id));
      return { terminal, config: pushed.success ? pushed.data : {}, commands };
    },
  );

  app.get(
    '/v1/staff/fleet/stream',
    {
      schema: {
        operationId: 'fleetStream',
        tags: ['fleet'],
        summary: 'Server-sent events: `terminals` with the list, then the terminals that changed',
        description:
          'Events are `{ type, data }`. The first `terminals` event carries the whole list, each later one the FleetTerminal rows that changed in the last second (heartbeats, acknowledged commands, IT actions), and every 30 s the whole list, so that terminals going quiet turn offline on screen too.',
        security: staffSecurity,
        querystring: fleetListQuery.pick({ agency: true }),
        response: {
          200: noContent('text/event-stream: `terminals` events (FleetTerminal[])'),
          ...staffRefusals,
        },
      },
    },
    async (request, reply) => {
      const staff = authenticateStaff(db, request, now(), readers);
      const agencyCode = agencyFor(staff, request.query.agency);
      const stream = openEventStream(reply, events);
      const send = (ids?: string[]) =>
        stream.send('terminals', listTerminals(db, { agencyCode, ids }, now(), thresholds));
      // The whole list first, so a view (re)connecting misses nothing.
      send();
      const off = events.subscribe(FLEET_TOPIC, (event) => send(event.data as string[]));
      const full = setInterval(() => send(), FULL_REFRESH_MS);
      stream.onClose(() => {
        off();
        clearInterval(full);
      });
    },
  );

  const queue = (
    staff: StaffPrincipal,
    terminalId: string,
    kind: PendingCommand['kind'],
    config?: PendingCommand['config'],
  ) => {
    const at = now();
    const queued = queueCommand(db, { terminalId, kind, staffId: staff.staffId, at, config });
    auditStaff(db, {
      staffId: staff.staffId,
      action: `terminal_${kind}`,
      target: terminalId,
      detail: queued.configVersion === undefined ? undefined : { version: queued.configVersion },
      at,
    });
    runtime.ring(terminalId);
    runtime.changed(terminalId);
    return queued;
  };

  app.post(
    '/v1/staff/fleet/terminals/:terminalId/commands',
    {
      schema: {
        operationId: 'fleetRemoteAction',
        tags: ['fleet'],
        summary: 'End the visit, relaunch, put out of service or back in service (IT)',
        description:
          'Queued and delivered to the terminal within seconds (its command wait), or when it comes back online. Out of service wipes any visit first. Audited.',
        security: staffSecurity,
        headers: staffConsoleHeaders,
        params: terminalIdParams,
        body: remoteActionRequest,
        response: {
          202: answer('Queued', commandQueued),
          ...refusals.badRequest,
          ...staffRefusals,
          404: refusal('terminal_not_found'),
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const staff = authenticateStaff(db, request, now(), ['it']);
      const terminal = visibleTerminal(staff, request.params.terminalId);
      return idempotency.execute(request, reply, staffScope(staff), () => ({
        status: 202,
        commit: () => queue(staff, terminal.id, request.body.kind),
      }));
    },
  );

  app.post(
    '/v1/staff/fleet/terminals/:terminalId/config',
    {
      schema: {
        operationId: 'fleetConfigPush',
        tags: ['fleet'],
        summary: 'Push a configuration change to a terminal (IT)',
        description:
          "Checked against the kiosk's own config schema (shared/config/pushable.ts): visit durations, keyboard, locale. Refused with 400 invalid_config and the reason otherwise. The terminal applies it between visits and reports the version it runs.",
        security: staffSecurity,
        headers: staffConsoleHeaders,
        params: terminalIdParams,
        body: configPushRequest,
        response: {
          202: answer('Queued with its version', commandQueued),
          ...refusals.badRequest,
          ...staffRefusals,
          404: refusal('terminal_not_found'),
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const staff = authenticateStaff(db, request, now(), ['it']);
      const terminal = visibleTerminal(staff, request.params.terminalId);
      const parsed = pushableConfigSchema.safeParse(request.body.config);
      if (!parsed.success) {
        throw new ApiError(400, 'invalid_config', describeConfigProblems(parsed.error));
      }
      return idempotency.execute(request, reply, staffScope(staff), () => ({
        status: 202,
        commit: () => queue(staff, terminal.id, 'config', parsed.data),
      }));
    },
  );
}

/** The terminal's side of remote commands: wait for them, then say each one is carried out. */
import { z } from 'zod';
import { authenticateTerminal } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import { fleetRuntime } from '../fleet/runtime';
import { ackCommand, pendingCommands } from '../fleet/store';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  noContent,
  refusal,
  refusals,
  terminalSecurity,
} from '../apiSchemas';
import { commandAckRequest, commandWaitQuery, terminalCommandList } from './fleetSchemas';

export function terminalCommandRoutes(app: ApiApp, deps: Deps): void {
  const { db, now, idempotency } = deps;
  app.get(
    '/v1/terminals/commands',
    {
      schema: {
        operationId: 'waitTerminalCommands',
        tags: ['terminals'],
        summary: "The terminal's pending remote commands (a long poll)",
        description:
          'Answers at once when a command the terminal does not hold yet is pending, else holds the request up to waitSeconds and answers as soon as one is queued (an empty list when none came). One open request per terminal carries remote commands within a second, without a poll every few seconds from thousands of terminals.',
        security: terminalSecurity,
        querystring: commandWaitQuery,
        response: {
          200: answer('Pending commands, oldest first', terminalCommandList),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
        },
      },
    },
    async (request) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      let commands = pendingCommands(db, terminalId);
      const waitMs = request.query.waitSeconds * 1000;
      const known = new Set(request.query.known?.split(',') ?? []);
      if (commands.every((command) => known.has(command.id)) && waitMs > 0) {
        // The terminal hanging up (restart, network) frees the wait at once.
        const gone = new AbortController();
        request.raw.once('close', () => gone.abort());
        await fleetRuntime(deps).waitForCommand(terminalId, waitMs, gone.signal);
        commands = pendingCommands(db, terminalId);
      }
      return { commands };
    },
  );

  app.post(
    '/v1/terminals/commands/:commandId/ack',
    {
      schema: {
        operationId: 'ackTerminalCommand',
        tags: ['terminals'],
        summary: 'The terminal carried a command out (or could not)',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        params: z.strictObject({ commandId: z.string().min(1).max(64) }),
        body: commandAckRequest,
        response: {
          204: noContent('Recorded'),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          404: refusal('command_not_found: no such pending command for this terminal'),
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { terminalId } = authenticateTerminal(db, request, at);
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 204,
        commit: () => {
          const { outcome, errorCode } = request.body;
          if (!ackCommand(db, terminalId, request.params.commandId, outcome, errorCode, at)) {
            throw new ApiError(404, 'command_not_found', 'No such pending command');
          }
          fleetRuntime(deps).changed(terminalId);
          return undefined;
        },
      }));
    },
  );
}

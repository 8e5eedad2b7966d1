import type { FastifyInstance } from 'fastify';
import { ownRegistration } from '../accounts/registrations';
import { authenticateUser } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import { errors, idempotencyHeaders, ref, userSecurity } from '../schemas';

const AGENCE = 'Agence France Travail de votre domicile';
/** Times of day (UTC) of the three proposals, on the next three working days. */
const SLOT_TIMES = ['08:30', '13:00', '09:15'];

/**
 * The three registration appointments proposed ("choisir en ligne, entre 3 propositions,
 * la date et l'heure de son rendez-vous d'inscription"). The reference server derives them from the
 * clock; a real one would read the agency's calendar.
 */
export function proposedSlots(now: Date): { id: string; startsAt: string; agence: string }[] {
  const slots: { id: string; startsAt: string; agence: string }[] = [];
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  while (slots.length < 3) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const startsAt = `${day.toISOString().slice(0, 10)}T${SLOT_TIMES[slots.length]}:00.000Z`;
    slots.push({ id: startsAt, startsAt, agence: AGENCE });
  }
  return slots;
}

const params = {
  type: 'object',
  required: ['reference'],
  additionalProperties: false,
  properties: { reference: { type: 'string', pattern: '^INS-[A-Z0-9]{8}$' } },
} as const;
const slot = {
  type: 'object',
  required: ['id', 'startsAt', 'agence'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    startsAt: { type: 'string', format: 'date-time' },
    agence: { type: 'string' },
  },
} as const;

export function registrationAppointmentRoutes(
  app: FastifyInstance,
  { db, now, idempotency }: Deps,
): void {
  app.get(
    '/v1/registrations/:reference/appointment-slots',
    {
      schema: {
        operationId: 'listAppointmentSlots',
        tags: ['registration'],
        summary: 'The three registration appointments proposed for a sent registration',
        security: userSecurity,
        params,
        response: {
          200: {
            description: 'Three slots',
            type: 'object',
            required: ['slots'],
            additionalProperties: false,
            properties: { slots: { type: 'array', items: slot } },
          },
          ...errors.badRequest,
          401: { description: 'invalid_terminal_token or invalid_user_token', ...ref('Error') },
          404: { description: 'registration_not_found', ...ref('Error') },
          409: { description: 'registration_not_draft (not sent yet)', ...ref('Error') },
        },
      },
    },
    async (request) => {
      const at = now();
      const { userId } = authenticateUser(db, request, at, 'registration');
      const { reference } = request.params as { reference: string };
      ownRegistration(db, reference, userId, at, 'submitted');
      return { slots: proposedSlots(at) };
    },
  );

  app.post(
    '/v1/registrations/:reference/appointment',
    {
      schema: {
        operationId: 'bookAppointment',
        tags: ['registration'],
        summary: 'Book one of the three proposed slots',
        description: '409 slot_unavailable when the slot is not one of those proposed now.',
        security: userSecurity,
        headers: idempotencyHeaders,
        params,
        body: {
          type: 'object',
          required: ['slotId'],
          additionalProperties: false,
          properties: { slotId: { type: 'string', minLength: 1, maxLength: 40 } },
        },
        response: {
          200: { description: 'Booked', ...slot },
          ...errors.badRequest,
          401: { description: 'invalid_terminal_token or invalid_user_token', ...ref('Error') },
          404: { description: 'registration_not_found', ...ref('Error') },
          409: { description: 'slot_unavailable or registration_not_draft', ...ref('Error') },
          422: errors.idempotency[422],
          ...errors.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { terminalId, userId } = authenticateUser(db, request, at, 'registration');
      const { reference } = request.params as { reference: string };
      const { slotId } = request.body as { slotId: string };
      ownRegistration(db, reference, userId, at, 'submitted');
      const chosen = proposedSlots(at).find((s) => s.id === slotId);
      if (!chosen) throw new ApiError(409, 'slot_unavailable', 'This slot is not proposed');
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 200,
        commit: () => {
          db.prepare('UPDATE registrations SET appointment_at = ? WHERE reference = ?').run(
            chosen.startsAt,
            reference,
          );
          return chosen;
        },
      }));
    },
  );
}

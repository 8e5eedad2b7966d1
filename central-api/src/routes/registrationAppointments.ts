import { z } from 'zod';
import { ownRegistration } from '../accounts/registrations';
import { authenticateUser } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  refusal,
  refusals,
  userSecurity,
} from '../apiSchemas';
import { referenceParams as params } from './registrationSchemas';

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

const slot = z.object({
  id: z.string(),
  startsAt: z.iso.datetime({ offset: true }),
  agence: z.string(),
});

export function registrationAppointmentRoutes(app: ApiApp, { db, now, idempotency }: Deps): void {
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
          200: answer('Three slots', z.object({ slots: z.array(slot) }).describe('Three slots')),
          ...refusals.badRequest,
          401: refusal('invalid_terminal_token or invalid_user_token'),
          404: refusal('registration_not_found'),
          409: refusal('registration_not_draft (not sent yet)'),
        },
      },
    },
    async (request) => {
      const at = now();
      const { userId } = authenticateUser(db, request, at, 'registration');
      const { reference } = request.params;
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
        body: z.strictObject({ slotId: z.string().min(1).max(40) }),
        response: {
          200: answer('Booked', slot.describe('Booked')),
          ...refusals.badRequest,
          401: refusal('invalid_terminal_token or invalid_user_token'),
          404: refusal('registration_not_found'),
          409: refusal('slot_unavailable or registration_not_draft'),
          422: refusals.idempotency[422],
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { terminalId, userId } = authenticateUser(db, request, at, 'registration');
      const { reference } = request.params;
      const { slotId } = request.body;
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

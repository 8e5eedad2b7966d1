import { z } from 'zod';
import { ownRegistration, type RegistrationRow } from '../accounts/registrations';
import { agencyForCommune, type Agency } from '../agencies';
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

/** Times of day (UTC) of the three proposals, on the next three working days. */
const SLOT_TIMES = ['08:30', '13:00', '09:15'];

interface Slot {
  id: string;
  startsAt: string;
  agence: string;
  adresse: string;
}

/** The agency serving the commune of the registration's address (its coordonnées section). */
function agencyOf(row: RegistrationRow): Agency {
  const draft = JSON.parse(row.draft_json) as { coordonnees?: { commune?: { code?: string } } };
  return agencyForCommune(draft.coordonnees?.commune?.code);
}

/**
 * The three registration appointments proposed ("choisir en ligne, entre 3 propositions,
 * la date et l'heure de son rendez-vous d'inscription"). The reference server derives them from the
 * clock; a real one would read the agency's calendar.
 */
export function proposedSlots(now: Date, agency: Agency): Slot[] {
  const slots: Slot[] = [];
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  while (slots.length < 3) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const startsAt = `${day.toISOString().slice(0, 10)}T${SLOT_TIMES[slots.length]}:00.000Z`;
    slots.push({ id: startsAt, startsAt, agence: agency.nom, adresse: agency.adresse });
  }
  return slots;
}

const slot = z.object({
  id: z.string(),
  startsAt: z.iso.datetime({ offset: true }),
  agence: z.string().describe("The agency's name"),
  adresse: z.string().describe("The agency's street address, code postal and commune"),
});

const mine = z.object({
  reference: z.string(),
  identifiant: z
    .string()
    .describe('The identifiant chosen with the codes (printed on the receipt)'),
  submittedAt: z.iso.datetime({ offset: true }),
  prenoms: z.string(),
  nom: z.string(),
  appointment: slot.omit({ id: true }).nullable().describe('null while no slot is booked'),
});

export function registrationAppointmentRoutes(app: ApiApp, { db, now, idempotency }: Deps): void {
  app.get(
    '/v1/registrations/mine',
    {
      schema: {
        operationId: 'getMyRegistration',
        tags: ['registration'],
        summary:
          'The signed-in person’s sent registration: reference, name, appointment and agency',
        description:
          'For a session opened with provisional codes (a sent registration not yet validated): what the kiosk shows on their space and prints on the receipt. 404 registration_not_found when the user has no sent registration.',
        security: userSecurity,
        response: {
          200: answer('The sent registration', mine.describe('The sent registration')),
          401: refusal('invalid_terminal_token or invalid_user_token'),
          404: refusal('registration_not_found'),
        },
      },
    },
    async (request) => {
      const at = now();
      const { userId } = authenticateUser(db, request, at, 'provisional');
      const row = db
        .prepare(
          `SELECT r.*, u.prenom, u.nom, u.identifiant FROM registrations r JOIN users u ON u.id = r.user_id
           WHERE r.user_id = ? AND r.status = 'submitted'`,
        )
        .get(userId) as
        | (RegistrationRow & {
            submitted_at: string;
            prenom: string;
            nom: string;
            identifiant: string;
          })
        | undefined;
      if (!row) throw new ApiError(404, 'registration_not_found', 'No sent registration');
      const agency = agencyOf(row);
      return {
        reference: row.reference,
        identifiant: row.identifiant,
        submittedAt: row.submitted_at,
        prenoms: row.prenom,
        nom: row.nom,
        appointment: row.appointment_at
          ? { startsAt: row.appointment_at, agence: agency.nom, adresse: agency.adresse }
          : null,
      };
    },
  );

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
      const row = ownRegistration(db, reference, userId, at, 'submitted');
      return { slots: proposedSlots(at, agencyOf(row)) };
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
      const row = ownRegistration(db, reference, userId, at, 'submitted');
      const chosen = proposedSlots(at, agencyOf(row)).find((s) => s.id === slotId);
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

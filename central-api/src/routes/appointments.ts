import { authenticateUser } from '../auth';
import type { Deps } from '../deps';
import { type ApiApp, refusals, userSecurity } from '../apiSchemas';
import { appointmentList } from './documentSchemas';

interface AppointmentRow {
  id: string;
  at: string;
  duration_minutes: number;
  subject: string;
  place: string;
  with_whom: string;
  mode: string;
}

/**
 * The user's appointments, past and upcoming. The API says which are upcoming by its own clock,
 * the authority for dates, rather than leaving it to a terminal's clock.
 */
export function appointmentRoutes(app: ApiApp, { db, now }: Deps): void {
  app.get(
    '/v1/appointments',
    {
      schema: {
        operationId: 'listAppointments',
        tags: ['exchanges'],
        summary: "This user's appointments, in date order",
        security: userSecurity,
        response: { 200: appointmentList, ...refusals.terminalAuth },
      },
    },
    async (request) => {
      const at = now();
      const { userId } = authenticateUser(db, request, at);
      const rows = db
        .prepare(
          `SELECT id, at, duration_minutes, subject, place, with_whom, mode
           FROM appointments WHERE user_id = ? ORDER BY at`,
        )
        .all(userId) as AppointmentRow[];
      return {
        appointments: rows.map((r) => ({
          id: r.id,
          at: r.at,
          durationMinutes: r.duration_minutes,
          subject: r.subject,
          place: r.place,
          withWhom: r.with_whom,
          mode: r.mode,
          upcoming: Date.parse(r.at) >= at.getTime(),
        })),
      };
    },
  );
}

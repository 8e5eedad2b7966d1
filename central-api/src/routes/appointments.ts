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

/** The user's appointments, past and upcoming (the kiosk splits them by date). */
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
      const { userId } = authenticateUser(db, request, now());
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
        })),
      };
    },
  );
}

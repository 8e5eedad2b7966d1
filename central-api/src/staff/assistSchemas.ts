/** Schemas of the help requests as staff and terminals see them (staff/assist.ts). */
import { z } from 'zod';
import { named } from '../apiSchemas';

export const assistState = z.enum(['waiting', 'taken', 'closed', 'cancelled']);

export const staffAssistRequest = named(
  'StaffAssistRequest',
  z.object({
    requestId: z.string(),
    terminalLabel: z.string(),
    agencyCode: z.string().nullable(),
    screen: z.string().describe("The kiosk's screen, kebab case (e.g. password-forgotten)"),
    receivedAt: z.iso.datetime({ offset: true }),
    state: assistState,
    takenAt: z.iso.datetime({ offset: true }).nullable(),
    takenBy: z.object({ identifiant: z.string(), nom: z.string() }).nullable(),
    closedAt: z.iso.datetime({ offset: true }).nullable(),
  }),
);

export const assistRequestStatus = named(
  'AssistRequestStatus',
  z.object({
    state: assistState,
    /** The first name of the adviser who is coming, once one has taken the request. */
    adviserPrenom: z.string().nullable(),
  }),
);

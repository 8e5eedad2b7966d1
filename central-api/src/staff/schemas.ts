/** Request and reply schemas of the staff sign-in routes (sessions.ts). */
import { z } from 'zod';
import { named } from '../apiSchemas';

export const staffSignInRequest = named(
  'StaffSignInRequest',
  z.strictObject({
    identifiant: z.string().min(1).max(80),
    motDePasse: z.string().min(1).max(200),
  }),
);

export const staffMe = named(
  'StaffMe',
  z.object({
    identifiant: z.string(),
    nom: z.string(),
    role: z.enum(['conseiller', 'responsable', 'it']),
    agencyCode: z.string().nullable(),
    /** The agency's name for the console's header; null for IT staff (every agency). */
    agencyNom: z.string().nullable(),
  }),
);

/**
 * State-changing console requests carry `X-Staff-Console: 1`: a page of another site cannot add
 * that header to a cross-site form or a simple request, whatever the browser does with cookies.
 */
export const staffConsoleHeaders = z.looseObject({
  'x-staff-console': z.literal('1').describe('Required on every state-changing console request'),
  'idempotency-key': z.string().min(1).max(255).optional(),
});

/** Request and reply schemas of the sign-in routes (sessions.ts, me.ts, webauthn.ts). */
import { z } from 'zod';
import { named } from '../apiSchemas';

export const signInRequest = named(
  'SignInRequest',
  z.strictObject({
    identifiant: z.string().min(1).max(30),
    motDePasse: z.string().min(1).max(128),
    codePostal: z.string().regex(/^\d{5}$/),
  }),
);

export const profile = named('Profile', z.object({ prenom: z.string(), nom: z.string() }));

export const sessionCreated = named(
  'SessionCreated',
  z.object({
    userToken: z.string(),
    expiresInSeconds: z.int(),
    profile,
    submissionGrant: z
      .string()
      .describe(
        'Proves, with X-Submission-Grant, who a submission belongs to after the user has gone (the kiosk outbox). Bound to this terminal and user, usable only for submissions, not revoked by sign-out.',
      ),
    submissionGrantExpiresInSeconds: z.int(),
    mustChangePassword: z
      .boolean()
      .optional()
      .describe('The password is temporary: the kiosk asks for a new one before anything else.'),
    access: z
      .enum(['espace', 'provisional'])
      .describe(
        'espace: the whole espace personnel. provisional: a sent registration not yet validated by an adviser; only its own registration (appointment, receipt), documents and CVs are open, the rest answers 403 account_pending.',
      ),
  }),
);

import { z } from 'zod';

/**
 * An adviser's kiosk code: 4 to 8 digits typed on the on-screen digit pad. The central API checks
 * it (argon2id); the terminal never holds a staff secret.
 */
export const adviserCodeSchema = z.string().regex(/^\d{4,8}$/, 'adviser.errors.codeFormat');

/** The adviser-mode unlock as typed: a name chosen in the agency's list (its id) and the code. */
export const adviserUnlockFormSchema = z.object({
  staffId: z.string().regex(/^\d{1,12}$/, 'adviser.errors.chooseName'),
  code: adviserCodeSchema,
});
export type AdviserUnlockDraft = z.infer<typeof adviserUnlockFormSchema>;

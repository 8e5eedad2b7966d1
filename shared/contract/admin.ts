import { z } from 'zod';
import type { MethodTable } from './methods';

/** The admin PIN: 4 to 12 digits (typed on the on-screen keypad or a keyboard). */
export const adminPinSchema = z.string().regex(/^\d{4,12}$/, 'admin.errors.format');

/** The hidden admin exit: IT staff leave the kiosk for maintenance. */
export const adminMethods = {
  /**
   * Checks the PIN against the hash in the config. Right: the kiosk ends any visit and quits
   * (Electron) or stops (browser mode) just after answering. Wrong: invalid_input on `pin`;
   * too many wrong PINs: account_locked with retryAfterSeconds; no hash configured: forbidden.
   */
  'admin.exit': {
    input: z.object({ pin: adminPinSchema }).strict(),
    output: z.object({ exiting: z.literal(true) }),
  },
} as const satisfies MethodTable;

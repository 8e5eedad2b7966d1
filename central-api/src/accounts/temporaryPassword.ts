import { randomInt } from 'node:crypto';

/**
 * Characters of a temporary password: capitals and digits a person can read aloud from a phone
 * and type on the kiosk, without the look-alikes 0/O, 1/I/L (31 characters).
 */
export const TEMPORARY_PASSWORD_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** Random characters in a temporary password, shown in two groups of five ("K7PM4-XR9TW"). */
export const TEMPORARY_PASSWORD_CHARACTERS = 10;

/**
 * A temporary password (forgotten password, new particulier employeur space): 10 characters from
 * the 31 above, about 49.5 bits, drawn without modulo bias. It only opens the "choose your
 * password" screen, and sign-in locks an identifiant after 5 failures, so guessing it is hopeless.
 */
export function temporaryPassword(): string {
  let out = '';
  for (let i = 0; i < TEMPORARY_PASSWORD_CHARACTERS; i += 1)
    out += TEMPORARY_PASSWORD_ALPHABET[randomInt(TEMPORARY_PASSWORD_ALPHABET.length)];
  return `${out.slice(0, 5)}-${out.slice(5)}`;
}

import type { admin as fr } from '../fr/admin';

/** The hidden admin exit. */
export const admin: typeof fr = {
  title: 'Administrator exit',
  intro: 'For IT staff only. Enter the PIN to leave the kiosk.',
  pin: 'Administrator PIN',
  pinHint: '4 to 12 digits',
  submit: 'Leave the kiosk',
  cancel: 'Cancel',
  exiting: 'Closing the kiosk…',
  status: 'Kiosk status',
  errors: {
    format: 'The PIN has 4 to 12 digits.',
    wrong: 'Wrong PIN.',
    locked_one: 'Too many wrong PINs. Try again in {{count}} second.',
    locked_other: 'Too many wrong PINs. Try again in {{count}} seconds.',
    disabled: 'The administrator exit is not configured on this kiosk.',
    failed: 'The kiosk could not check the PIN. Try again.',
  },
};

/**
 * The receipt reference the kiosk gives each declaration before sending it (so a queued one can
 * already be printed): ACT-<YYYYMM>-<6 characters>, letters and digits that cannot be misread
 * (no 0/O, 1/I/L, U).
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

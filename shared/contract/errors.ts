/**
 * The closed list of error codes that may cross the contract seam. The renderer maps each code to a
 * catalogue message (errors.<code>); the `message` field is for logs and never holds personal data.
 */
export const errorCodes = [
  'invalid_input',
  'invalid_credentials',
  'api_unreachable',
  'api_error',
  'no_active_visit',
  'not_signed_in',
  'forbidden',
  'account_locked',
  /** Signed in with the access codes of a registration an adviser has not validated yet. */
  'account_pending',
  /**
   * Signed in with the right identifiant and password of an employer space (entreprise or
   * particulier employeur) at the job seekers' form: the user is sent to the employer door.
   */
  'employer_space',
  /** An entreprise space not certified yet by an adviser: it cannot publish an offer. */
  'certification_required',
  'printer_unavailable',
  'already_declared',
  'window_closed',
  /** The same change of situation (kind and start date) was declared already. */
  'change_already_declared',
  /** Offer search by number: no offer has it, or it is filled or withdrawn (said distinctly). */
  'offer_not_found',
  'offer_filled',
  'offer_withdrawn',
  /** Applying: this person applied to this offer already (a second touch, another visit). */
  'already_applied',
  /** Applying: the offer takes applications by e-mail or at the agency, not online. */
  'apply_not_online',
  /** Applying: the chosen CV is not online in the CV bank (publish it first). */
  'cv_not_published',
  /** Mon classeur d'offres holds 50 offers, and a person has 5 alerts, at most. */
  'classeur_full',
  'alert_limit_reached',
  'unknown_method',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface KioskErrorInfo {
  code: ErrorCode;
  message: string;
  /** For invalid_input: catalogue keys per field, so the UI can show each message next to its field. */
  fields?: Record<string, string>;
  /** For account_locked (and any refusal that says when to try again): seconds to wait. */
  retryAfterSeconds?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: KioskErrorInfo };

/** Thrown inside main; turned into `{ ok: false, error }` by the dispatcher, never a stack trace. */
export class KioskError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'KioskError';
  }

  toInfo(): KioskErrorInfo {
    const info: KioskErrorInfo = { code: this.code, message: this.message };
    if (this.fields) info.fields = this.fields;
    if (this.retryAfterSeconds !== undefined) info.retryAfterSeconds = this.retryAfterSeconds;
    return info;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}

import { AxiosError } from 'axios';
import { KioskError, type ErrorCode } from '../../../shared/contract';
import { CentralApiRefusal } from './refusal';

/** The central API's 4xx body: `{ code, message }`. */
export function apiErrorCode(error: unknown): string | undefined {
  if (!(error instanceof AxiosError)) return undefined;
  const data = error.response?.data as { code?: unknown } | undefined;
  return typeof data?.code === 'string' ? data.code : undefined;
}

export function apiStatus(error: unknown): number | undefined {
  return error instanceof AxiosError ? error.response?.status : undefined;
}

/** The central API's 401 codes that mean something to the user, in the contract's words. */
const USER_FACING_REFUSALS: Readonly<Record<string, ErrorCode>> = {
  invalid_credentials: 'invalid_credentials',
  invalid_user_token: 'not_signed_in',
  invalid_employer_token: 'not_signed_in',
};

/**
 * Turns what axios threw into one of the contract's error codes. No answer, a timeout, a 5xx or a
 * 429 all mean the same to the user: the service cannot be reached right now.
 */
export function toKioskError(error: unknown, operation: string): KioskError {
  if (error instanceof KioskError) return error;
  if (!(error instanceof AxiosError)) {
    return new KioskError(
      'internal',
      `${operation}: unexpected ${(error as Error)?.name ?? 'error'}`,
    );
  }
  const status = error.response?.status;
  if (status === undefined)
    return new KioskError(
      'api_unreachable',
      `${operation}: no answer (${error.code ?? 'network'})`,
    );
  const code = apiErrorCode(error);
  const refusal = status === 401 ? USER_FACING_REFUSALS[code ?? ''] : undefined;
  if (refusal) return new KioskError(refusal, `${operation}: refused by the central API`);
  if (status === 403 && code === 'account_pending') {
    // The access codes were right: the registration waits for an adviser ("Reprendre mon inscription").
    return new KioskError('account_pending', `${operation}: registration not validated yet`);
  }
  if (status === 403 && code === 'employer_space') {
    // The identifiant and password were right, but an employer space does not open here.
    return new KioskError('employer_space', `${operation}: an employer space`);
  }
  if (status === 429 && code === 'account_locked') {
    return new KioskError(
      'account_locked',
      `${operation}: too many failed sign-ins`,
      undefined,
      retryAfterSeconds(error),
    );
  }
  if (status >= 500 || status === 429 || status === 408) {
    return new KioskError('api_unreachable', `${operation}: central API answered ${status}`);
  }
  return new CentralApiRefusal(
    `${operation}: central API answered ${status} ${code ?? ''}`.trim(),
    status,
    code,
  );
}

/** Seconds to wait, from the body's retryAfterSeconds or the Retry-After header (seconds or date). */
export function retryAfterSeconds(error: unknown): number | undefined {
  if (!(error instanceof AxiosError)) return undefined;
  const data = error.response?.data as { retryAfterSeconds?: unknown } | undefined;
  if (typeof data?.retryAfterSeconds === 'number' && data.retryAfterSeconds > 0)
    return Math.ceil(data.retryAfterSeconds);
  return parseRetryAfter(error.response?.headers?.['retry-after']);
}

export function parseRetryAfter(header: unknown, now = Date.now()): number | undefined {
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

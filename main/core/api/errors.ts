import { AxiosError } from 'axios';
import { KioskError } from '../../../shared/contract';

/** The central API's 4xx body: `{ code, message }`. */
export function apiErrorCode(error: unknown): string | undefined {
  if (!(error instanceof AxiosError)) return undefined;
  const data = error.response?.data as { code?: unknown } | undefined;
  return typeof data?.code === 'string' ? data.code : undefined;
}

export function apiStatus(error: unknown): number | undefined {
  return error instanceof AxiosError ? error.response?.status : undefined;
}

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
  if (status >= 500 || status === 429 || status === 408) {
    return new KioskError('api_unreachable', `${operation}: central API answered ${status}`);
  }
  return new KioskError(
    'api_error',
    `${operation}: central API answered ${status} ${apiErrorCode(error) ?? ''}`.trim(),
  );
}

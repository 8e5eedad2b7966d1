import { createContext, useContext } from 'react';
import { fr } from './i18n/fr';

/** A refused or failed call, with the French sentence to show beside what the person did. */
export class StaffApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'StaffApiError';
  }
}

/** The French message for an API refusal; pages may word their own for the codes they expect. */
export function frenchMessage(status: number, code: string, retryAfterSeconds?: number): string {
  if (status === 0) return fr.errors.network;
  if (code === 'busy') return fr.errors.busy;
  if (code === 'rate_limited') return fr.errors.rateLimited(retryAfterSeconds ?? 60);
  if (status === 403) return fr.errors.forbidden;
  if (status === 404) return fr.errors.notFound;
  if (status === 409) return fr.errors.conflict;
  if (status >= 400 && status < 500) return fr.errors.invalid;
  return fr.errors.server;
}

export interface StaffApi {
  get<T>(path: string): Promise<T>;
  /** With an Idempotency-Key and X-Staff-Console (the CSRF guard), like every state change. */
  post<T>(path: string, body?: unknown): Promise<T>;
  delete(path: string): Promise<void>;
}

/**
 * fetch against the central API with the session cookie. A 401 staff_auth_required (session over,
 * signed out elsewhere) tells the shell, which shows the sign-in page again.
 */
export function createStaffApi(onSignedOut: () => void): StaffApi {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (method !== 'GET') {
      headers['x-staff-console'] = '1';
      if (method === 'POST') headers['idempotency-key'] = crypto.randomUUID();
    }
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new StaffApiError(0, 'network', fr.errors.network);
    }
    if (response.status === 204) return undefined as T;
    const json = (await response.json().catch(() => undefined)) as
      { code?: string; retryAfterSeconds?: number } | undefined;
    if (response.ok) return json as T;
    const code = json?.code ?? 'unknown';
    if (code === 'staff_auth_required') onSignedOut();
    throw new StaffApiError(
      response.status,
      code,
      frenchMessage(response.status, code, json?.retryAfterSeconds),
      json?.retryAfterSeconds,
    );
  }
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    delete: (path) => call('DELETE', path),
  };
}

export const StaffApiContext = createContext<StaffApi | null>(null);

/** The console's one way to call the central API (cookie, Idempotency-Key, French errors). */
export function useStaffApi(): StaffApi {
  const api = useContext(StaffApiContext);
  if (!api) throw new Error('useStaffApi outside the console shell');
  return api;
}

import {
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import type { KioskApi } from '../../../shared/contract';

/** Catalogue key of what went wrong, or null when it worked. */
export type KeyOutcome<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The browser's part of WebAuthn. A key that cannot verify its user (no PIN, wrong fingerprint),
 * a cancelled prompt and a timeout all reach us as one DOMException: one clear message for them.
 */
async function browserStep<T>(step: () => Promise<T>): Promise<KeyOutcome<T>> {
  try {
    return { ok: true, value: await step() };
  } catch {
    return { ok: false, message: 'account.webauthn.keyFailed' };
  }
}

export async function registerSecurityKey(api: KioskApi): Promise<KeyOutcome<true>> {
  const options = await api.call('webauthn.registrationOptions', {
    origin: window.location.origin,
  });
  if (!options.ok) return { ok: false, message: `errors.${options.error.code}` };
  const created = await browserStep(() =>
    startRegistration({
      optionsJSON: options.value as unknown as PublicKeyCredentialCreationOptionsJSON,
    }),
  );
  if (!created.ok) return created;
  const stored = await api.call('webauthn.register', {
    response: created.value as unknown as Record<string, unknown>,
  });
  if (!stored.ok)
    return {
      ok: false,
      message:
        stored.error.code === 'api_error'
          ? 'account.webauthn.keyFailed'
          : `errors.${stored.error.code}`,
    };
  return { ok: true, value: true };
}

export async function signInWithSecurityKey(api: KioskApi) {
  const options = await api.call('webauthn.authenticationOptions', {
    origin: window.location.origin,
  });
  if (!options.ok) return { ok: false as const, message: `errors.${options.error.code}` };
  const asserted = await browserStep(() =>
    startAuthentication({
      optionsJSON: options.value as unknown as PublicKeyCredentialRequestOptionsJSON,
    }),
  );
  if (!asserted.ok) return asserted;
  const session = await api.call('webauthn.signIn', {
    response: asserted.value as unknown as Record<string, unknown>,
  });
  if (!session.ok)
    return {
      ok: false as const,
      message:
        session.error.code === 'api_error'
          ? 'account.webauthn.keyRefused'
          : `errors.${session.error.code}`,
    };
  return { ok: true as const, value: session.value };
}

import { describe, expect, it } from 'vitest';
import { KioskError } from '../../../shared/contract';
import { silentLogger } from '../../../main/core/logging';
import { createDispatcher, type Handlers } from '../../../main/core/rpc/dispatcher';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = async () => {
    throw new Error('not expected in this test');
  };
  return {
    'kiosk.settings': unused,
    'visit.start': unused,
    'visit.activity': unused,
    'visit.stillHere': unused,
    'visit.end': unused,
    'auth.login': unused,
    'profile.get': unused,
    'assist.request': unused,
    ...overrides,
  } as Handlers;
}

const ctx = { transport: 'ipc' as const };

describe('dispatcher', () => {
  it('refuses a method the contract does not declare', async () => {
    const dispatch = createDispatcher(handlers(), silentLogger);
    expect(await dispatch('fs.readFile', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(await dispatch('__proto__', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
  });

  it('validates input before the handler runs and names each faulty field with a catalogue key', async () => {
    let called = false;
    const dispatch = createDispatcher(
      handlers({
        'auth.login': async () => {
          called = true;
          return {
            profile: { prenom: 'x', nom: 'y' },
            mustChangePassword: false,
            access: 'espace',
          };
        },
      }),
      silentLogger,
    );
    const result = await dispatch(
      'auth.login',
      { identifiant: '', motDePasse: '', codePostal: '123' },
      ctx,
    );
    expect(called).toBe(false);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'invalid input for auth.login',
        fields: {
          identifiant: 'validation.identifiant.required',
          motDePasse: 'validation.motDePasse.required',
          codePostal: 'validation.codePostal.format',
        },
      },
    });
  });

  it('refuses unexpected extra input fields', async () => {
    const dispatch = createDispatcher(
      handlers({ 'visit.start': async () => ({ visitId: 'v' }) }),
      silentLogger,
    );
    expect(await dispatch('visit.start', { admin: true }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('passes normalised input to the handler and strips output beyond the contract', async () => {
    let seen: unknown;
    const dispatch = createDispatcher(
      handlers({
        'auth.login': async (input) => {
          seen = input;
          return {
            profile: { prenom: 'Camille', nom: 'Martin', nir: '184057500401234' },
            mustChangePassword: false,
            access: 'espace',
          } as never;
        },
      }),
      silentLogger,
    );
    const result = await dispatch(
      'auth.login',
      { identifiant: ' 1234567a ', motDePasse: 'pw', codePostal: '75011' },
      ctx,
    );
    expect(seen).toEqual({ identifiant: '1234567A', motDePasse: 'pw', codePostal: '75011' });
    expect(result).toEqual({
      ok: true,
      value: {
        profile: { prenom: 'Camille', nom: 'Martin' },
        mustChangePassword: false,
        access: 'espace',
      },
    });
  });

  it('turns a KioskError into its code and anything else into internal, never a stack', async () => {
    const dispatch = createDispatcher(
      handlers({
        'profile.get': async () => {
          throw new KioskError('not_signed_in', 'no user');
        },
        'visit.start': async () => {
          throw new TypeError('boom at /home/kiosk/main.ts:12');
        },
      }),
      silentLogger,
    );
    expect(await dispatch('profile.get', {}, ctx)).toEqual({
      ok: false,
      error: { code: 'not_signed_in', message: 'no user' },
    });
    const internal = await dispatch('visit.start', {}, ctx);
    expect(internal).toEqual({ ok: false, error: { code: 'internal', message: 'internal error' } });
  });
});

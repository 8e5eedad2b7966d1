import argon2, { type HashOptions } from 'argon2';

/**
 * Password hashing parameters. Production uses argon2id with the library defaults (64 MiB, t=3,
 * p=4); tests may lower memoryCost/timeCost through startCentralApi's `passwordHashing` option.
 */
export interface PasswordHashing {
  memoryCost?: number;
  timeCost?: number;
  parallelism?: number;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** Verifies against `hash`, or against a dummy hash when there is no user, so timing matches. */
  verify(hash: string | undefined, password: string): Promise<boolean>;
}

export function createPasswordHasher(options: PasswordHashing = {}): PasswordHasher {
  const params: HashOptions = { ...options, type: argon2.argon2id };
  const hash = (password: string): Promise<string> => argon2.hash(password, params);
  // Computed up front so that even the first unknown identifiant costs one verify, like the others.
  const dummy = hash('no such user: constant-time filler');
  dummy.catch(() => undefined);
  return {
    hash,
    async verify(stored, password) {
      const digest = stored ?? (await dummy);
      const ok = await argon2.verify(digest, password);
      return stored !== undefined && ok;
    },
  };
}

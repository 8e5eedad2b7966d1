import { passwordMeetsPolicy } from '../../../shared/domain/password';
import { ApiError } from '../errors';
import type { PasswordHasher } from '../passwords';

/** What a password change needs to know of an account, job seeker's or employer's alike. */
export interface PasswordChangeAccount {
  identifiant: string;
  password_hash: string;
  must_change_password: number;
}

export interface PasswordChangeBody {
  motDePasseActuel?: string | undefined;
  nouveauMotDePasse: string;
}

/**
 * « Changer le mot de passe » for any kind of account: the new password is checked against the
 * policy at once (400), then the returned step, run under the request's Idempotency-Key, checks
 * the current password (not needed for a temporary one) and saves the new hash with `save`.
 */
export function passwordChange(
  hasher: PasswordHasher,
  account: PasswordChangeAccount,
  body: PasswordChangeBody,
  save: (hash: string) => void,
) {
  if (!passwordMeetsPolicy(body.nouveauMotDePasse, account.identifiant))
    throw new ApiError(400, 'password_policy', 'The new password does not meet the policy');
  if (body.nouveauMotDePasse === body.motDePasseActuel)
    throw new ApiError(400, 'password_policy', 'The new password must differ from the current one');
  const temporary = account.must_change_password === 1;
  return async () => {
    // Always one verify (a temporary password is checked too when given) so timing says nothing.
    const currentOk = await hasher.verify(account.password_hash, body.motDePasseActuel ?? '');
    if (!temporary && !currentOk)
      throw new ApiError(401, 'invalid_credentials', 'Current password is not recognised');
    const hash = await hasher.hash(body.nouveauMotDePasse);
    return {
      status: 204 as const,
      commit: () => {
        save(hash);
        return undefined;
      },
    };
  };
}

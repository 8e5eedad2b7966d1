import { useState } from 'react';
import type { ErrorCode } from '../../../shared/contract';
import { loginSchema, type LoginFields, type LoginInput } from '../../../shared/domain/login';
import { useKioskCall } from '../../bridge';
import { useKioskStore } from '../../store';
import { useKioskForm, type KioskForm } from '../../ui';

export const loginFields: readonly LoginFields[] = ['identifiant', 'motDePasse', 'codePostal'];

const isLoginField = (name: string): name is LoginFields =>
  (loginFields as readonly string[]).includes(name);

const emptyLogin: LoginInput = { identifiant: '', motDePasse: '', codePostal: '' };

/**
 * Refusals after which the password typed is wrong or of no use here: it is cleared, so it is
 * neither left on a shared terminal nor typed over by mistake. The identifiant and code postal stay.
 */
const clearsPassword: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'invalid_credentials',
  'account_locked',
  'employer_space',
]);

/**
 * The sign-in form: checked on submit with the shared rules, so the user sees every problem at
 * once. A refused password is cleared (the rest stays); the refusal's alert goes as soon as the
 * person types again, so an old message never sits beside new codes. With `account_locked`, how
 * long to wait.
 */
export function useLoginForm(): KioskForm<LoginInput> & {
  retryAfterSeconds: number | null;
  submit: ReturnType<KioskForm<LoginInput>['onSubmit']>;
} {
  const form = useKioskForm({ idPrefix: 'login', schema: loginSchema, draft: emptyLogin });
  const login = useKioskCall('auth.login');
  const [retryAfterSeconds, setRetryAfterSeconds] = useState<number | null>(null);

  const submit = form.onSubmit(async (values) => {
    const result = await login.run(values);
    if (!result) return;
    if (result.ok) {
      const { signedIn, goTo } = useKioskStore.getState();
      signedIn(result.value.profile, result.value.access);
      // A temporary password is replaced before anything else.
      goTo(result.value.mustChangePassword ? 'passwordChange' : 'dashboard');
      return;
    }
    const { code, fields } = result.error;
    setRetryAfterSeconds(result.error.retryAfterSeconds ?? null);
    // Only this form's fields are shown beside a field; anything else is the one alert.
    const known = Object.entries(fields ?? {}).filter(([name]) => isLoginField(name));
    if (code === 'invalid_input' && known.length > 0) form.showErrors(Object.fromEntries(known));
    else form.setFormError(code);
    if (clearsPassword.has(code)) form.set('motDePasse', '');
  });
  const set: typeof form.set = (field, value) => {
    if (form.formError) form.setFormError(null);
    form.set(field, value);
  };
  return { ...form, set, retryAfterSeconds, submit };
}

import { useState } from 'react';
import { loginSchema, type LoginFields, type LoginInput } from '../../../shared/domain/login';
import { useKioskCall } from '../../bridge';
import { useKioskStore } from '../../store';
import { useKioskForm, type KioskForm } from '../../ui';

export const loginFields: readonly LoginFields[] = ['identifiant', 'motDePasse', 'codePostal'];

const isLoginField = (name: string): name is LoginFields =>
  (loginFields as readonly string[]).includes(name);

const emptyLogin: LoginInput = { identifiant: '', motDePasse: '', codePostal: '' };

/**
 * The sign-in form: checked on submit with the shared rules, so the user sees every problem at
 * once; what was typed is never cleared by a failure. With `account_locked`, how long to wait.
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
  });
  return { ...form, retryAfterSeconds, submit };
}

import { useRef, useState, type FormEvent, type RefObject } from 'react';
import type { ErrorCode } from '../../../shared/contract';
import { loginFieldErrors, type LoginFields, type LoginInput } from '../../../shared/domain/login';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';

export const loginFields: readonly LoginFields[] = ['identifiant', 'motDePasse', 'codePostal'];

type FieldErrors = Partial<Record<LoginFields, string>>;

export interface LoginForm {
  values: LoginInput;
  setValue(field: LoginFields, value: string): void;
  /** Catalogue keys, per field. */
  fieldErrors: FieldErrors;
  /** The code of a failure not tied to one field (shown as one alert). */
  formError: ErrorCode | null;
  /** With formError 'account_locked': how long to wait, in seconds. */
  retryAfterSeconds: number | null;
  submitting: boolean;
  refs: Record<LoginFields, RefObject<HTMLInputElement | null>>;
  submit(event: FormEvent): void;
}

const isLoginField = (name: string): name is LoginFields =>
  (loginFields as readonly string[]).includes(name);

/**
 * The sign-in form's state and rules: validated on submit with the shared domain rules, so the
 * user sees every problem at once; what was typed is never cleared by a failure.
 */
export function useLoginForm(): LoginForm {
  const api = useKioskApi();
  const [values, setValues] = useState<LoginInput>({
    identifiant: '',
    motDePasse: '',
    codePostal: '',
  });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ErrorCode | null>(null);
  const [retryAfterSeconds, setRetryAfterSeconds] = useState<number | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const refs = {
    identifiant: useRef<HTMLInputElement>(null),
    motDePasse: useRef<HTMLInputElement>(null),
    codePostal: useRef<HTMLInputElement>(null),
  };

  const showFieldErrors = (errors: FieldErrors) => {
    setFieldErrors(errors);
    const first = loginFields.find((field) => errors[field]);
    if (first) refs[first].current?.focus();
  };

  const send = async () => {
    setSubmitting(true);
    const result = await api.call('auth.login', values);
    setSubmitting(false);
    if (result.ok) {
      const { signedIn, goTo } = useKioskStore.getState();
      signedIn(result.value.profile);
      // A temporary password is replaced before anything else.
      goTo(result.value.mustChangePassword ? 'passwordChange' : 'dashboard');
      return;
    }
    const { code, fields } = result.error;
    setRetryAfterSeconds(result.error.retryAfterSeconds ?? null);
    const known = Object.entries(fields ?? {}).filter(([name]) => isLoginField(name));
    if (code === 'invalid_input' && known.length > 0) showFieldErrors(Object.fromEntries(known));
    else setFormError(code);
  };

  return {
    values,
    setValue: (field, value) => setValues((current) => ({ ...current, [field]: value })),
    fieldErrors,
    formError,
    retryAfterSeconds,
    submitting,
    refs,
    submit(event) {
      event.preventDefault();
      if (submitting) return;
      setFormError(null);
      const errors = loginFieldErrors(values);
      showFieldErrors(errors);
      if (Object.keys(errors).length === 0) void send();
    },
  };
}

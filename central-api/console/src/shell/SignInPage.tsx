import { zodResolver } from '@hookform/resolvers/zod';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { StaffApiError, useStaffApi } from '../api';
import { fr } from '../i18n/fr';
import type { StaffMe } from '../types';
import styles from './Shell.module.css';

const signInSchema = z.object({
  identifiant: z.string().trim().min(1, fr.signIn.identifiantRequired),
  motDePasse: z.string().min(1, fr.signIn.motDePasseRequired),
});
type SignInValues = z.infer<typeof signInSchema>;

/** The time of day, in the agency's clock, at which a lock of `seconds` from now ends. */
const lockEndsAt = (seconds: number): string =>
  new Date(Date.now() + seconds * 1000).toLocaleTimeString('fr-FR', {
    hour: '2-digit',
    minute: '2-digit',
  });

/**
 * Identifiant and mot de passe. A wrong pair is said beside the password (the identifiant stays
 * typed); a lock says until when, in the agency's clock; anything else above the form.
 */
export function SignInPage({
  onSignedIn,
  notice,
}: {
  onSignedIn(me: StaffMe): void;
  notice?: string;
}) {
  const api = useStaffApi();
  const [problem, setProblem] = useState<{ title?: string; text: string } | undefined>();
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<SignInValues>({
    resolver: zodResolver(signInSchema),
    defaultValues: { identifiant: '', motDePasse: '' },
  });
  useEffect(() => {
    document.title = `${fr.signIn.title} — ${fr.appName}`;
  }, []);

  const submit = handleSubmit(async (values) => {
    setProblem(undefined);
    try {
      onSignedIn(await api.post<StaffMe>('/v1/staff/sessions', values));
    } catch (error) {
      if (!(error instanceof StaffApiError)) throw error;
      if (error.code === 'invalid_credentials') {
        setError('motDePasse', { message: fr.signIn.invalid }, { shouldFocus: true });
      } else if (error.code === 'account_locked') {
        const until = lockEndsAt(error.retryAfterSeconds ?? 900);
        setProblem({ title: fr.signIn.lockedTitle, text: fr.signIn.locked(until) });
      } else {
        setProblem({ text: error.message });
      }
    }
  });
  useEffect(() => setFocus('identifiant'), [setFocus]);

  return (
    <main className={styles.signIn} id="contenu">
      <h1>{fr.signIn.title}</h1>
      <p>{fr.signIn.intro}</p>
      {notice && <Alert severity="info" small description={notice} className="fr-mb-3w" />}
      {problem && (
        <Alert
          severity="error"
          title={problem.title ?? ''}
          description={problem.text}
          className="fr-mb-3w"
          small={!problem.title}
        />
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Input
          label={fr.signIn.identifiant}
          hintText={fr.signIn.identifiantHint}
          state={errors.identifiant ? 'error' : 'default'}
          stateRelatedMessage={errors.identifiant?.message}
          nativeInputProps={{
            ...register('identifiant'),
            autoComplete: 'username',
            autoCapitalize: 'none',
            spellCheck: false,
            'aria-invalid': errors.identifiant ? true : undefined,
          }}
        />
        <Input
          label={fr.signIn.motDePasse}
          state={errors.motDePasse ? 'error' : 'default'}
          stateRelatedMessage={errors.motDePasse?.message}
          nativeInputProps={{
            ...register('motDePasse'),
            type: 'password',
            autoComplete: 'current-password',
            'aria-invalid': errors.motDePasse ? true : undefined,
          }}
        />
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? fr.signIn.submitting : fr.signIn.submit}
        </Button>
      </form>
    </main>
  );
}

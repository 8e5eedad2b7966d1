import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/contract';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading, TextInput, useDocumentTitle } from '../../ui';
import { useFieldErrors } from './useFieldErrors';

/**
 * "Mot de passe oublié": identifiant, then the answer to the secret question; the
 * central API sends a temporary password by e-mail (or post). The kiosk never shows it.
 */
export function PasswordForgottenScreen() {
  const { t } = useTranslation();
  const api = useKioskApi();
  useDocumentTitle(t('app.documentTitle', { screen: t('account.forgotten.documentTitle') }));
  const [identifiant, setIdentifiant] = useState('');
  const [question, setQuestion] = useState<string | null>(null);
  const [answer, setAnswer] = useState('');
  const [sentBy, setSentBy] = useState<'email' | 'post' | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const fields = useFieldErrors('forgotten');
  const back = () => useKioskStore.getState().goTo('login');

  const fail = (code: ErrorCode, fieldErrors?: Record<string, string>) => {
    if (fieldErrors) fields.show(fieldErrors);
    else
      setFormError(code === 'invalid_credentials' ? 'account.forgotten.wrong' : `errors.${code}`);
  };

  const askQuestion = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!identifiant.trim()) return fields.show({ identifiant: 'validation.identifiant.required' });
    fields.clear();
    const result = await api.call('password.question', { identifiant });
    if (result.ok) setQuestion(result.value.questionSecrete);
    else fail(result.error.code, result.error.fields);
  };

  const reset = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!answer.trim()) return fields.show({ reponseSecrete: 'account.errors.required' });
    fields.clear();
    const result = await api.call('password.reset', { identifiant, reponseSecrete: answer });
    if (result.ok) setSentBy(result.value.sentBy);
    else fail(result.error.code, result.error.fields);
  };

  return (
    <div className="kiosk-form-screen">
      <ScreenHeading>{t('account.forgotten.title')}</ScreenHeading>
      {sentBy ? (
        <>
          <Alert
            severity="success"
            message={t(
              sentBy === 'email' ? 'account.forgotten.sentEmail' : 'account.forgotten.sentPost',
            )}
            focusOnShow
          />
          <div className="kiosk-form-actions">
            <Button onClick={back}>{t('account.forgotten.back')}</Button>
          </div>
        </>
      ) : (
        <>
          <p>{t('account.forgotten.intro')}</p>
          {formError && <Alert severity="error" message={t(formError)} focusOnShow />}
          <form noValidate onSubmit={(e) => void (question ? reset(e) : askQuestion(e))}>
            <TextInput
              id="forgotten-identifiant"
              label={t('account.forgotten.identifiant')}
              error={fields.errors.identifiant && t(fields.errors.identifiant)}
              value={identifiant}
              onChange={(v) => {
                setIdentifiant(v);
                setQuestion(null);
              }}
              inputProps={{ autoComplete: 'off', autoCapitalize: 'characters' }}
            />
            {question && (
              <TextInput
                id="forgotten-reponseSecrete"
                label={`${t(`account.secretQuestions.${question}`)} — ${t('account.forgotten.answer')}`}
                error={fields.errors.reponseSecrete && t(fields.errors.reponseSecrete)}
                value={answer}
                onChange={setAnswer}
                inputProps={{ autoComplete: 'off' }}
              />
            )}
            <div className="kiosk-form-actions">
              <Button type="submit">
                {question ? t('account.forgotten.submit') : t('account.forgotten.next')}
              </Button>
              <Button priority="secondary" onClick={back}>
                {t('account.forgotten.back')}
              </Button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}

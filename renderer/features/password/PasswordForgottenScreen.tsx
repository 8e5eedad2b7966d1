import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskErrorInfo } from '../../../shared/contract';
import {
  passwordQuestionSchema,
  passwordResetSchema,
  type PasswordReset,
} from '../../../shared/domain/password';
import { useKioskCall } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading, TextInput, useDocumentTitle, useKioskForm } from '../../ui';

/**
 * "Mot de passe oublié": identifiant, then the answer to the secret question; the
 * central API sends a temporary password by e-mail (or post). The kiosk never shows it.
 */
export function PasswordForgottenScreen() {
  const { t } = useTranslation();
  const askQuestion = useKioskCall('password.question');
  const reset = useKioskCall('password.reset');
  useDocumentTitle(t('app.documentTitle', { screen: t('account.forgotten.documentTitle') }));
  const [question, setQuestion] = useState<string | null>(null);
  // An account without a secret question: no decoy question, the reception desk instead.
  const [noQuestion, setNoQuestion] = useState(false);
  const [sent, setSent] = useState<{ sentBy: 'email' | 'post'; maskedEmail?: string } | null>(null);
  const form = useKioskForm<PasswordReset>({
    idPrefix: 'forgotten',
    // The answer is asked for once the question is known.
    schema: question ? passwordResetSchema : passwordQuestionSchema,
    draft: { identifiant: '', reponseSecrete: '' },
  });
  const back = () => useKioskStore.getState().goTo('login');

  const [wrong, setWrong] = useState(false);
  const fail = (error: KioskErrorInfo) => {
    // A wrong answer is said in the words of this screen, not the sign-in's.
    if (!error.fields && error.code === 'invalid_credentials') setWrong(true);
    else form.refuse(error);
  };

  const submit = form.onSubmit(async ({ identifiant, reponseSecrete }) => {
    setWrong(false);
    if (question) {
      const result = await reset.run({ identifiant, reponseSecrete });
      if (result?.ok) setSent(result.value);
      else if (result) fail(result.error);
      return;
    }
    const result = await askQuestion.run({ identifiant });
    if (result?.ok) {
      setQuestion(result.value.questionSecrete);
      setNoQuestion(result.value.questionSecrete === null);
    } else if (result) fail(result.error);
  });
  // The masked address says which mailbox to check without showing it to whoever stands behind.
  const sentMessage = ({ sentBy, maskedEmail }: NonNullable<typeof sent>) =>
    sentBy === 'post'
      ? t('account.forgotten.sentPost')
      : maskedEmail
        ? t('account.forgotten.sentEmailTo', { address: maskedEmail })
        : t('account.forgotten.sentEmail');
  const formError = wrong
    ? 'account.forgotten.wrong'
    : form.formError && `errors.${form.formError}`;

  return (
    <div className="kiosk-form-screen">
      <ScreenHeading>{t('account.forgotten.title')}</ScreenHeading>
      {noQuestion ? (
        <>
          <h2 className="fr-h4">{t('access.noQuestion.title')}</h2>
          <Alert severity="info" message={t('access.noQuestion.text')} focusOnShow />
          <div className="kiosk-form-actions">
            <Button onClick={back}>{t('account.forgotten.back')}</Button>
          </div>
        </>
      ) : sent ? (
        <>
          <Alert severity="success" message={sentMessage(sent)} focusOnShow />
          <p>{t('account.forgotten.typeIt')}</p>
          <div className="kiosk-form-actions">
            <Button onClick={back}>{t('account.forgotten.back')}</Button>
          </div>
        </>
      ) : (
        <>
          <p>{t('account.forgotten.intro')}</p>
          {formError && <Alert severity="error" message={t(formError)} focusOnShow />}
          <form noValidate onSubmit={submit}>
            <TextInput
              id="forgotten-identifiant"
              label={t('account.forgotten.identifiant')}
              hint={t('login.identifiantHint')}
              error={form.errorOf('identifiant')}
              value={form.values.identifiant}
              onChange={(v) => {
                form.set('identifiant', v);
                setQuestion(null);
              }}
              inputProps={{ autoComplete: 'off', autoCapitalize: 'characters' }}
            />
            {question && (
              <TextInput
                id="forgotten-reponseSecrete"
                label={`${t(`account.secretQuestions.${question}`)} — ${t('account.forgotten.answer')}`}
                error={form.errorOf('reponseSecrete')}
                value={form.values.reponseSecrete}
                onChange={(v) => form.set('reponseSecrete', v)}
                inputProps={{ autoComplete: 'off' }}
              />
            )}
            <div className="kiosk-form-actions kiosk-form-actions--step">
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

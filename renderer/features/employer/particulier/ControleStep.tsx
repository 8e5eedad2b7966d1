import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { antiRobotAnswerSchema } from '../../../../shared/domain/particulier';
import { useKioskCall } from '../../../bridge';
import { Alert, Button, StatusMessage, TextInput, useKioskForm } from '../../../ui';
import { StepActions } from './StepActions';
import type { ControleState } from './values';

/** The typed answer; the question's id comes from the challenge shown. */
const answerSchema = antiRobotAnswerSchema.pick({ answer: true });

interface Props {
  state: ControleState;
  setState(next: ControleState): void;
  initialErrors: Record<string, string>;
  done(): void;
  previous(): void;
}

/**
 * "Contrôle de sécurité": the central API asks one word of a category among three and
 * checks the typed answer. A wrong answer: a message beside the field and a fresh question; the
 * other screens keep everything. "Afficher une nouvelle question": 5 changes allowed.
 */
export function ControleStep({ state, setState, initialErrors, done, previous }: Props) {
  const { t } = useTranslation();
  const askQuestion = useKioskCall('employer.antiRobotChallenge');
  const answerQuestion = useKioskCall('employer.antiRobotAnswer');
  const form = useKioskForm({ idPrefix: 'pem', schema: answerSchema, draft: { answer: '' } });
  const { challenge } = state;
  const f = (key: string) => t(`employer.particulier.controle.${key}`);

  /** A fresh question (replacing one, or after a refusal whose reason goes beside the field). */
  const ask = async (replaces?: string, message?: string) => {
    const result = await askQuestion.run(replaces ? { replaces } : {});
    if (!result) return;
    form.setFormError(null);
    if (!result.ok) return form.refuse(result.error);
    setState({ challenge: result.value, passed: false });
    form.set('answer', '');
    if (message) form.showErrors({ answer: message });
    else form.clearErrors();
  };

  useEffect(() => {
    // Once, when the step opens: a first question, or a fresh one after a refused pass.
    const refused = initialErrors.answer;
    if (!challenge || refused) void ask(undefined, refused);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = form.onSubmit(async ({ answer }) => {
    if (!challenge) return;
    const result = await answerQuestion.run({ challengeId: challenge.challengeId, answer });
    if (!result) return;
    if (!result.ok) {
      // The question expired or was closed meanwhile: a fresh one, with the reason beside it.
      if (result.error.fields?.answer) return ask(undefined, result.error.fields.answer);
      return form.setFormError(result.error.code);
    }
    if (result.value.passed) {
      setState({ challenge, passed: true });
      return done();
    }
    setState({ challenge: result.value.challenge ?? null, passed: false });
    form.set('answer', '');
    form.showErrors({ answer: 'employer.errors.antiRobot.wrong' });
  });

  const question = challenge
    ? t('employer.particulier.controle.question', {
        category: f(`categories.${challenge.category}`),
        words: challenge.words.map((w) => f(`words.${w}`)).join(', '),
      })
    : '';
  return (
    <form noValidate onSubmit={submit}>
      <p>{f('intro')}</p>
      {form.formError && (
        <Alert severity="error" message={t(`errors.${form.formError}`)} focusOnShow />
      )}
      <StatusMessage message={challenge ? undefined : f('loading')} />
      {challenge && (
        <>
          {/* The question is the field's label, as on France Travail's form. */}
          <TextInput
            id="pem-answer"
            label={question}
            hint={f('answerHint')}
            error={form.errorOf('answer')}
            value={form.values.answer}
            onChange={(v) => form.set('answer', v)}
            inputProps={{
              autoComplete: 'off',
              autoCapitalize: 'none',
              maxLength: 40,
            }}
          />
          {challenge.changesLeft > 0 && (
            <Button
              priority="tertiary"
              icon="fr-icon-refresh-line"
              onClick={() => void ask(challenge.challengeId)}
            >
              {t('employer.particulier.controle.newQuestion', { count: challenge.changesLeft })}
            </Button>
          )}
        </>
      )}
      <StepActions editingFromReview={false} previous={previous} busy={answerQuestion.pending} />
    </form>
  );
}

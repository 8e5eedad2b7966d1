import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../shared/contract';
import { antiRobotAnswerSchema } from '../../../../shared/domain/particulier';
import { fieldErrorsOf } from '../../../../shared/domain/registration';
import { useKioskApi } from '../../../bridge';
import { Alert, Button, StatusMessage, TextInput } from '../../../ui';
import { useFieldErrors } from '../../password';
import { StepActions } from './StepActions';
import type { ControleState } from './values';

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
  const api = useKioskApi();
  const fields = useFieldErrors('pem');
  const [answer, setAnswer] = useState('');
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<ErrorCode | null>(null);
  const { challenge } = state;
  const f = (key: string) => t(`employer.particulier.controle.${key}`);

  type Asked = Awaited<ReturnType<typeof fetchQuestion>>;
  const fetchQuestion = (replaces?: string) =>
    api.call('employer.antiRobotChallenge', replaces ? { replaces } : {});
  const apply = (result: Asked, message?: string) => {
    setFormError(null);
    if (result.ok) {
      setState({ challenge: result.value, passed: false });
      setAnswer('');
      if (message) fields.show({ answer: message });
      else fields.clear();
    } else if (result.error.fields) fields.show(result.error.fields);
    else setFormError(result.error.code);
  };
  const ask = async (replaces?: string, message?: string) =>
    apply(await fetchQuestion(replaces), message);

  useEffect(() => {
    // Once, when the step opens: a first question, or a fresh one after a refused pass.
    const refused = initialErrors.answer;
    if (challenge && !refused) return;
    let alive = true;
    void fetchQuestion().then((result) => {
      if (alive) apply(result, refused);
    });
    return () => {
      alive = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!challenge || busy) return;
    const local = fieldErrorsOf(antiRobotAnswerSchema, {
      challengeId: challenge.challengeId,
      answer,
    });
    fields.show(local);
    if (local.answer) return;
    setBusy(true);
    const result = await api.call('employer.antiRobotAnswer', {
      challengeId: challenge.challengeId,
      answer,
    });
    setBusy(false);
    if (!result.ok) {
      // The question expired or was closed meanwhile: a fresh one, with the reason beside it.
      if (result.error.fields?.answer) return ask(undefined, result.error.fields.answer);
      return setFormError(result.error.code);
    }
    if (result.value.passed) {
      setState({ challenge, passed: true });
      return done();
    }
    setState({ challenge: result.value.challenge ?? null, passed: false });
    setAnswer('');
    fields.show({ answer: 'employer.errors.antiRobot.wrong' });
  };

  const question = challenge
    ? t('employer.particulier.controle.question', {
        category: f(`categories.${challenge.category}`),
        words: challenge.words.map((w) => f(`words.${w}`)).join(', '),
      })
    : '';
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <p>{f('intro')}</p>
      {formError && <Alert severity="error" message={t(`errors.${formError}`)} focusOnShow />}
      <StatusMessage message={challenge ? undefined : f('loading')} />
      {challenge && (
        <>
          {/* The question is the field's label, as on France Travail's form. */}
          <TextInput
            id="pem-answer"
            label={question}
            hint={f('answerHint')}
            error={fields.errors.answer ? t(fields.errors.answer) : undefined}
            value={answer}
            onChange={setAnswer}
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
      <StepActions editingFromReview={false} previous={previous} busy={busy} />
    </form>
  );
}

import { useTranslation } from 'react-i18next';
import { particulierSecuriteSchema } from '../../../../shared/domain/particulier';
import { secretQuestionIds } from '../../../../shared/domain/secretQuestions';
import { Select, TextInput } from '../../../ui';
import { StepActions } from './StepActions';
import { useSectionForm } from './useSectionForm';
import type { StepProps } from './values';

/** "Question secrète et réponse": how a forgotten password is recovered. */
export function SecuriteStep(props: StepProps<'securite'>) {
  const { t } = useTranslation();
  const form = useSectionForm(props, particulierSecuriteSchema);
  const { v } = form;
  const f = (key: string) => t(`employer.particulier.securite.${key}`);
  return (
    <form noValidate onSubmit={form.submit}>
      <p>{f('intro')}</p>
      <Select
        id="pem-questionSecrete"
        label={f('questionSecrete')}
        error={form.errorOf('questionSecrete')}
        placeholder={t('account.secretQuestions.placeholder')}
        value={v.questionSecrete}
        onChange={(x) => form.set('questionSecrete', x)}
        options={secretQuestionIds.map((id) => ({
          value: id,
          label: t(`account.secretQuestions.${id}`),
        }))}
      />
      <TextInput
        id="pem-reponseSecrete"
        label={f('reponseSecrete')}
        error={form.errorOf('reponseSecrete')}
        value={v.reponseSecrete}
        onChange={(x) => form.set('reponseSecrete', x)}
        inputProps={{ autoComplete: 'off', maxLength: 60 }}
      />
      <StepActions editingFromReview={props.editingFromReview} previous={props.previous} />
    </form>
  );
}

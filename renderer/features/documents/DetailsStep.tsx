import { useMemo, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  documentTypeRules,
  documentTypes,
  selectableMonths,
  type DocumentDetailsDraft,
} from '../../../shared/domain/documents';
import { Alert, Button, RadioGroup, SubStepHeading, TextInput, type KioskForm } from '../../ui';
import { MonthSelect } from './MonthSelect';

interface Props {
  pages: number;
  /** Kept by the screen: going back to the scan loses no choice. */
  form: KioskForm<DocumentDetailsDraft>;
  formError: string | null;
  onSend(event?: FormEvent): void;
  onBack(): void;
}

/** The document type (the kiosk's radio group), the month when it applies, a description for "autre". */
export function DetailsStep(props: Props) {
  const { t } = useTranslation();
  const { form } = props;
  const details = form.values;
  const months = useMemo(() => selectableMonths(new Date()), []);
  const rule = details.type ? documentTypeRules[details.type] : undefined;
  const { errorOf } = form;

  return (
    <form noValidate onSubmit={props.onSend}>
      <SubStepHeading>{t('documents.details.title')}</SubStepHeading>
      <p>{t('documents.details.summary', { count: props.pages })}</p>
      {props.formError && <Alert severity="error" message={t(props.formError)} focusOnShow />}
      <RadioGroup
        name="doc-type"
        legend={t('documents.details.typeLegend')}
        error={errorOf('type')}
        value={details.type}
        onChange={(type) => form.set('type', type as DocumentDetailsDraft['type'])}
        options={documentTypes.map((type) => ({
          value: type,
          label: t(`documents.types.${type}`),
        }))}
      />
      {rule?.month === 'required' && (
        <MonthSelect
          months={months}
          value={details.month}
          error={errorOf('month')}
          onChange={(month) => form.set('month', month)}
        />
      )}
      {rule?.description === 'required' && (
        <TextInput
          id="doc-description"
          label={t('documents.details.descriptionLabel')}
          hint={t('documents.details.descriptionHint')}
          error={errorOf('description')}
          value={details.description}
          onChange={(description) => form.set('description', description)}
          inputProps={{ maxLength: 80, autoComplete: 'off' }}
        />
      )}
      <div className="kiosk-form-actions kiosk-form-actions--step">
        <Button type="submit" nativeProps={{ disabled: form.submitting }}>
          {form.submitting ? t('documents.details.sending') : t('documents.details.send')}
        </Button>
        <Button priority="secondary" onClick={props.onBack}>
          {t('documents.details.back')}
        </Button>
      </div>
    </form>
  );
}

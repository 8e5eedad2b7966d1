import { useMemo, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  documentTypeRules,
  documentTypes,
  selectableMonths,
  type DocumentDetailsDraft,
} from '../../../shared/domain/documents';
import { Alert, Button, TextInput, type KioskForm } from '../../ui';
import { MonthSelect } from './MonthSelect';

interface Props {
  pages: number;
  /** Kept by the screen: going back to the scan loses no choice. */
  form: KioskForm<DocumentDetailsDraft>;
  formError: string | null;
  onSend(event?: FormEvent): void;
  onBack(): void;
}

/** The document type (one radio per type), the month when it applies, a description for "autre". */
export function DetailsStep(props: Props) {
  const { t } = useTranslation();
  const { form } = props;
  const details = form.values;
  const months = useMemo(() => selectableMonths(new Date()), []);
  const rule = details.type ? documentTypeRules[details.type] : undefined;
  const { errorOf } = form;
  const typeError = errorOf('type');

  return (
    <form noValidate onSubmit={props.onSend}>
      <h2 className="fr-h4">{t('documents.details.title')}</h2>
      <p>{t('documents.details.summary', { count: props.pages })}</p>
      {props.formError && <Alert severity="error" message={t(props.formError)} focusOnShow />}
      <fieldset
        id="doc-type"
        className={`fr-fieldset${typeError ? ' fr-fieldset--error' : ''}`}
        aria-invalid={typeError ? true : undefined}
        aria-describedby={typeError ? 'doc-type-error' : undefined}
      >
        <legend className="fr-fieldset__legend">{t('documents.details.typeLegend')}</legend>
        {documentTypes.map((type) => (
          <div key={type} className="fr-fieldset__element">
            <div className="fr-radio-group fr-radio-rich">
              <input
                type="radio"
                id={`doc-type-${type}`}
                name="doc-type"
                value={type}
                checked={details.type === type}
                onChange={() => form.set('type', type)}
              />
              <label className="fr-label" htmlFor={`doc-type-${type}`}>
                {t(`documents.types.${type}`)}
              </label>
            </div>
          </div>
        ))}
        {typeError && (
          <p id="doc-type-error" className="fr-message fr-message--error">
            {typeError}
          </p>
        )}
      </fieldset>
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

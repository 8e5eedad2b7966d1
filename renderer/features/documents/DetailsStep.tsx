import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  documentTypeRules,
  documentTypes,
  selectableMonths,
  type DocumentType,
} from '../../../shared/domain/documents';
import { Alert, Button, TextInput } from '../../ui';
import { MonthSelect } from './MonthSelect';

export interface Details {
  type: DocumentType | '';
  month: string;
  description: string;
}

interface Props {
  pages: number;
  details: Details;
  onChange(details: Details): void;
  fieldErrors: Record<string, string>;
  formError: string | null;
  sending: boolean;
  onSend(): void;
  onBack(): void;
}

/** The document type (one radio per type), the month when it applies, a description for "autre". */
export function DetailsStep(props: Props) {
  const { t } = useTranslation();
  const { details, onChange, fieldErrors } = props;
  const months = useMemo(() => selectableMonths(new Date()), []);
  const [typeMissing, setTypeMissing] = useState(false);
  const rule = details.type ? documentTypeRules[details.type] : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!details.type) {
      setTypeMissing(true);
      return;
    }
    props.onSend();
  };
  const errorOf = (field: string) => (fieldErrors[field] ? t(fieldErrors[field]) : undefined);
  const typeError =
    typeMissing && !details.type ? t('documents.details.typeLegend') : errorOf('type');

  return (
    <form noValidate onSubmit={submit}>
      <h2 className="fr-h4">{t('documents.details.title')}</h2>
      <p>{t('documents.details.summary', { count: props.pages })}</p>
      {props.formError && <Alert severity="error" message={t(props.formError)} focusOnShow />}
      <fieldset
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
                onChange={() => onChange({ ...details, type })}
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
          onChange={(month) => onChange({ ...details, month })}
        />
      )}
      {rule?.description === 'required' && (
        <TextInput
          id="doc-description"
          label={t('documents.details.descriptionLabel')}
          hint={t('documents.details.descriptionHint')}
          error={errorOf('description')}
          value={details.description}
          onChange={(description) => onChange({ ...details, description })}
          inputProps={{ maxLength: 80, autoComplete: 'off' }}
        />
      )}
      <div className="kiosk-form-actions">
        <Button type="submit" nativeProps={{ disabled: props.sending }}>
          {props.sending ? t('documents.details.sending') : t('documents.details.send')}
        </Button>
        <Button priority="secondary" onClick={props.onBack}>
          {t('documents.details.back')}
        </Button>
      </div>
    </form>
  );
}

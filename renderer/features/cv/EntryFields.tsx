import { useTranslation } from 'react-i18next';
import type { Experience, Formation } from '../../../shared/domain/cv';
import { Button, TextInput } from '../../ui';
import { MonthYearPicker } from './MonthYearPicker';
import { TextArea } from './TextArea';
import type { CvErrors } from './useCvErrors';

export function ExperienceFields({
  index,
  value,
  onChange,
  onRemove,
  errors,
}: {
  index: number;
  value: Experience;
  onChange(value: Experience): void;
  onRemove(): void;
  errors: CvErrors;
}) {
  const { t } = useTranslation();
  const id = `cv-exp-${index}`;
  const at = `experiences.${index}`;
  const text = (field: 'job' | 'employer' | 'place', label: string) => (
    <TextInput
      id={`${id}-${field}`}
      label={label}
      value={value[field]}
      error={errors.errorOf(`${at}.${field}`)}
      onChange={(v) => onChange({ ...value, [field]: v })}
      inputProps={{ maxLength: field === 'place' ? 100 : 150 }}
    />
  );
  return (
    <fieldset className="fr-fieldset kiosk-cv-entry">
      <legend className="fr-fieldset__legend">{t('cv.info.experience', { n: index + 1 })}</legend>
      {text('job', t('cv.info.job'))}
      {text('employer', t('cv.info.employer'))}
      {text('place', t('cv.info.place'))}
      <MonthYearPicker
        id={`${id}-start`}
        legend={t('cv.info.start')}
        value={value.start}
        error={errors.errorOf(`${at}.start`)}
        onChange={(start) => onChange({ ...value, start })}
      />
      <MonthYearPicker
        id={`${id}-end`}
        legend={`${t('cv.info.end')} (${t('cv.info.current')} : ${t('cv.date.none')})`}
        value={value.end}
        error={errors.errorOf(`${at}.end`)}
        onChange={(end) => onChange({ ...value, end })}
      />
      <TextArea
        id={`${id}-tasks`}
        label={t('cv.info.tasks')}
        value={value.tasks}
        maxLength={1500}
        onChange={(tasks) => onChange({ ...value, tasks })}
      />
      <Button priority="tertiary" icon="fr-icon-delete-line" onClick={onRemove}>
        {`${t('cv.info.remove')} : ${t('cv.info.experience', { n: index + 1 })}`}
      </Button>
    </fieldset>
  );
}

export function FormationFields({
  index,
  value,
  onChange,
  onRemove,
  errors,
}: {
  index: number;
  value: Formation;
  onChange(value: Formation): void;
  onRemove(): void;
  errors: CvErrors;
}) {
  const { t } = useTranslation();
  const id = `cv-form-${index}`;
  const at = `formations.${index}`;
  const text = (field: 'title' | 'school' | 'place', label: string) => (
    <TextInput
      id={`${id}-${field}`}
      label={label}
      value={value[field]}
      error={errors.errorOf(`${at}.${field}`)}
      onChange={(v) => onChange({ ...value, [field]: v })}
      inputProps={{ maxLength: field === 'place' ? 100 : 150 }}
    />
  );
  return (
    <fieldset className="fr-fieldset kiosk-cv-entry">
      <legend className="fr-fieldset__legend">{t('cv.info.formation', { n: index + 1 })}</legend>
      {text('title', t('cv.info.formationTitle'))}
      {text('school', t('cv.info.school'))}
      {text('place', t('cv.info.place'))}
      <MonthYearPicker
        id={`${id}-start`}
        legend={t('cv.info.start')}
        value={value.start}
        error={errors.errorOf(`${at}.start`)}
        onChange={(start) => onChange({ ...value, start })}
      />
      <MonthYearPicker
        id={`${id}-end`}
        legend={t('cv.info.end')}
        value={value.end}
        error={errors.errorOf(`${at}.end`)}
        onChange={(end) => onChange({ ...value, end })}
      />
      <div className="fr-checkbox-group">
        <input
          type="checkbox"
          id={`${id}-obtained`}
          checked={value.obtained}
          onChange={(e) => onChange({ ...value, obtained: e.target.checked })}
        />
        <label className="fr-label" htmlFor={`${id}-obtained`}>
          {t('cv.info.obtained')}
        </label>
      </div>
      <Button priority="tertiary" icon="fr-icon-delete-line" onClick={onRemove}>
        {`${t('cv.info.remove')} : ${t('cv.info.formation', { n: index + 1 })}`}
      </Button>
    </fieldset>
  );
}

import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Experience, Formation } from '../../../shared/domain/cv';
import { Button, TextInput } from '../../ui';
import { MonthYearPicker } from './MonthYearPicker';
import { TextArea } from './TextArea';
import styles from './cv.module.css';

interface EntryProps<T> {
  index: number;
  value: T;
  onChange(value: T): void;
  onRemove(): void;
  errorOf(path: string): string | undefined;
}

/** The keys of an entry whose value is a one-line text. */
type TextField<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/**
 * What an experience and a formation share: a fieldset with a row of three one-line texts, a row of
 * dates (start, `beforeEnd`, the end unless `noEnd`, `afterDates`), the entry's own extra fields
 * (`children`) and a remove button naming the entry.
 */
function EntryFieldset<T extends Experience | Formation>({
  index,
  value,
  onChange,
  onRemove,
  errorOf,
  list,
  idPrefix,
  legend,
  texts,
  beforeEnd,
  noEnd = false,
  afterDates,
  children,
}: EntryProps<T> & {
  list: 'experiences' | 'formations';
  idPrefix: string;
  legend: string;
  texts: ReadonlyArray<[field: TextField<T>, label: string]>;
  beforeEnd?: ReactNode;
  noEnd?: boolean;
  afterDates?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = `${idPrefix}-${index}`;
  const at = `${list}.${index}`;
  return (
    <fieldset className={`fr-fieldset ${styles.entry}`}>
      <legend className="fr-fieldset__legend">{legend}</legend>
      <div className={styles.entryTexts}>
        {texts.map(([field, label]) => (
          <TextInput
            key={field}
            id={`${id}-${field}`}
            label={label}
            // TextField<T> keys hold strings; TypeScript cannot see it through the generic index.
            value={value[field] as string}
            error={errorOf(`${at}.${field}`)}
            onChange={(v) => onChange({ ...value, [field]: v })}
            inputProps={{ maxLength: field === 'place' ? 100 : 150 }}
          />
        ))}
      </div>
      <div className={styles.entryDates}>
        <MonthYearPicker
          id={`${id}-start`}
          legend={t('cv.info.start')}
          value={value.start}
          error={errorOf(`${at}.start`)}
          onChange={(start) => onChange({ ...value, start })}
        />
        {beforeEnd}
        {!noEnd && (
          <MonthYearPicker
            id={`${id}-end`}
            legend={t('cv.info.end')}
            value={value.end}
            error={errorOf(`${at}.end`)}
            onChange={(end) => onChange({ ...value, end })}
          />
        )}
        {afterDates}
      </div>
      {children}
      <Button priority="tertiary" icon="fr-icon-delete-line" onClick={onRemove}>
        {`${t('cv.info.remove')} : ${legend}`}
      </Button>
    </fieldset>
  );
}

export function ExperienceFields(props: EntryProps<Experience>) {
  const { t } = useTranslation();
  const { index, value, onChange } = props;
  // A job with a start and no end is the one held today (the CV prints "Depuis 10/2023").
  const [current, setCurrent] = useState(value.start !== null && value.end === null);
  const id = `cv-exp-${index}`;
  return (
    <EntryFieldset
      {...props}
      list="experiences"
      idPrefix="cv-exp"
      legend={t('cv.info.experience', { n: index + 1 })}
      texts={[
        ['job', t('cv.info.job')],
        ['employer', t('cv.info.employer')],
        ['place', t('cv.info.place')],
      ]}
      noEnd={current}
      beforeEnd={
        <CheckRow
          id={`${id}-current`}
          label={t('cv.info.current')}
          checked={current}
          onChange={(on) => {
            setCurrent(on);
            // A job still held has no end: an end chosen before is dropped, not hidden.
            if (on) onChange({ ...value, end: null });
          }}
        />
      }
    >
      <TextArea
        id={`cv-exp-${index}-tasks`}
        label={t('cv.info.tasks')}
        value={value.tasks}
        maxLength={1500}
        onChange={(tasks) => onChange({ ...value, tasks })}
      />
    </EntryFieldset>
  );
}

export function FormationFields(props: EntryProps<Formation>) {
  const { t } = useTranslation();
  const { index, value, onChange } = props;
  const id = `cv-form-${index}`;
  return (
    <EntryFieldset
      {...props}
      list="formations"
      idPrefix="cv-form"
      legend={t('cv.info.formation', { n: index + 1 })}
      texts={[
        ['title', t('cv.info.formationTitle')],
        ['school', t('cv.info.school')],
        ['place', t('cv.info.place')],
      ]}
      afterDates={
        <CheckRow
          id={`${id}-obtained`}
          label={t('cv.info.obtained')}
          checked={value.obtained}
          onChange={(obtained) => onChange({ ...value, obtained })}
        />
      }
    />
  );
}

/** One check box of an entry, on a row of its own with its label beside it. */
function CheckRow({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <div className={styles.checkRow}>
      <div className="fr-checkbox-group">
        <input
          type="checkbox"
          id={id}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label className="fr-label" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}

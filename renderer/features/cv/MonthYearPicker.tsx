import { useTranslation } from 'react-i18next';
import type { MonthYear } from '../../../shared/domain/cv';
import styles from './cv.module.css';

const FIRST_YEAR = 1960;

/**
 * Month and year as two large native selects: a touch opens the system's picker list, no typing
 * and no calendar to page through. Both empty means "no date".
 */
export function MonthYearPicker({
  id,
  legend,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  value: MonthYear | null;
  onChange(value: MonthYear | null): void;
  error?: string;
}) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const set = (month: number, year: number) =>
    onChange(
      month && year
        ? { month, year }
        : month || year
          ? { month: month || 1, year: year || thisYear }
          : null,
    );
  return (
    <fieldset
      className={`fr-fieldset ${styles.date}${error ? ' fr-fieldset--error' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="fr-fieldset__legend fr-text--regular">{legend}</legend>
      <div className="fr-select-group">
        <label className="fr-label" htmlFor={`${id}-month`}>
          {t('cv.date.month')}
        </label>
        <select
          className="fr-select"
          id={`${id}-month`}
          value={value?.month ?? 0}
          onChange={(e) => set(Number(e.target.value), value?.year ?? 0)}
        >
          <option value={0}>{t('cv.date.none')}</option>
          {Array.from({ length: 12 }, (_, i) => (
            <option key={i + 1} value={i + 1}>
              {t(`cv.months.m${i + 1}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="fr-select-group">
        <label className="fr-label" htmlFor={`${id}-year`}>
          {t('cv.date.year')}
        </label>
        <select
          className="fr-select"
          id={`${id}-year`}
          value={value?.year ?? 0}
          onChange={(e) => set(value?.month ?? 0, Number(e.target.value))}
        >
          <option value={0}>{t('cv.date.none')}</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p id={`${id}-error`} className="fr-error-text">
          {error}
        </p>
      )}
    </fieldset>
  );
}

import { useTranslation } from 'react-i18next';
import { dateLocale } from '../../ui';

interface Props {
  months: string[];
  value: string;
  error?: string;
  onChange(month: string): void;
}

/** "Mois concerné": only the months the rule accepts, written out in the user's language. */
export function MonthSelect({ months, value, error, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const label = (month: string) => {
    const [y, m] = month.split('-').map(Number);
    return new Date(y!, m! - 1, 1).toLocaleDateString(dateLocale(i18n.language), {
      month: 'long',
      year: 'numeric',
    });
  };
  return (
    <div className={`fr-select-group${error ? ' fr-select-group--error' : ''}`}>
      <label className="fr-label" htmlFor="doc-month">
        {t('documents.details.monthLabel')}
        <span className="fr-hint-text">{t('documents.details.monthHint')}</span>
      </label>
      <select
        className={`fr-select${error ? ' fr-select--error' : ''}`}
        id="doc-month"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'doc-month-error' : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t('documents.details.monthPlaceholder')}</option>
        {months.map((month) => (
          <option key={month} value={month}>
            {label(month)}
          </option>
        ))}
      </select>
      {error && (
        <p id="doc-month-error" className="fr-error-text">
          {error}
        </p>
      )}
    </div>
  );
}

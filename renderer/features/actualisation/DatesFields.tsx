import { useTranslation } from 'react-i18next';
import { monthBounds, parsePeriod } from '../../../shared/domain/actualisation';
import type { DatesDraft } from '../../store/actualisationSlice';
import { TextInput } from '../../ui';
import { fieldId } from './draft';
import { periodVars } from './format';
import styles from './actualisation.module.css';

export interface DatesFieldsProps {
  field: 'arretMaladieDates' | 'materniteDates';
  title: string;
  period: string;
  value: DatesDraft;
  onChange(value: DatesDraft): void;
  errors: Record<string, string>;
}

/** First and last day of a sick leave or a maternity/paternity leave, inside the declared month. */
export function DatesFields({ field, title, period, value, onChange, errors }: DatesFieldsProps) {
  const { t } = useTranslation();
  const p = parsePeriod(period);
  const bounds = p ? monthBounds(p) : undefined;
  const titleId = `actu-${field}-title`;
  return (
    <section className={styles.details} aria-labelledby={titleId}>
      <h2 id={titleId} className="fr-h5">
        {title}
      </h2>
      <div className={styles.dates}>
        {(['debut', 'fin'] as const).map((end) => (
          <TextInput
            key={end}
            id={fieldId(`${field}.${end}`)}
            label={t(`actualisation.dates.${end}`)}
            hint={t('actualisation.dates.hint', periodVars(period))}
            error={errors[`${field}.${end}`]}
            value={value[end]}
            onChange={(v) => onChange({ ...value, [end]: v })}
            inputProps={{ type: 'date', min: bounds?.first, max: bounds?.last }}
          />
        ))}
      </div>
    </section>
  );
}

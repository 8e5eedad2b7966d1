import { useTranslation } from 'react-i18next';
import type { DatesDraft } from '../../../shared/domain/actualisation';
import { DateField } from '../../ui';
import { periodVars } from './format';
import styles from './actualisation.module.css';

export interface DatesFieldsProps {
  field: 'arretMaladieDates' | 'materniteDates';
  title: string;
  period: string;
  value: DatesDraft;
  onChange(value: DatesDraft): void;
  /** The translated message of a draft path ('arretMaladieDates.debut'), if it is wrong. */
  errorOf(path: string): string | undefined;
}

/** First and last day of a sick leave or a maternity/paternity leave, inside the declared month. */
export function DatesFields({ field, title, period, value, onChange, errorOf }: DatesFieldsProps) {
  const { t } = useTranslation();
  const titleId = `actu-${field}-title`;
  return (
    <section className={styles.details} aria-labelledby={titleId}>
      <h2 id={titleId} className="fr-h5">
        {title}
      </h2>
      <div className={styles.dates}>
        {(['debut', 'fin'] as const).map((end) => (
          <DateField
            key={end}
            id={`actu-${field}-${end}`}
            label={t(`actualisation.dates.${end}`)}
            hint={t('actualisation.dates.hint', periodVars(period))}
            error={errorOf(`${field}.${end}`)}
            value={value[end]}
            onChange={(v) => onChange({ ...value, [end]: v })}
          />
        ))}
      </div>
    </section>
  );
}

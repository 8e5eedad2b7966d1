import { useTranslation } from 'react-i18next';
import type { EmployeurDraft } from '../../../shared/domain/actualisation';
import { emptyEmployeur } from '../../store/actualisationSlice';
import { Alert, Button, TextInput } from '../../ui';
import { fieldId } from './draft';
import styles from './actualisation.module.css';

export interface EmployeursFieldsProps {
  period: string;
  employeurs: EmployeurDraft[];
  onChange(employeurs: EmployeurDraft[]): void;
  /** Field path → translated message. */
  errors: Record<string, string>;
}

/** One block per employer or activity: name, whole hours, gross amount; "Ajouter un employeur". */
export function EmployeursFields({ period, employeurs, onChange, errors }: EmployeursFieldsProps) {
  const { t } = useTranslation();
  const set = (index: number, field: keyof EmployeurDraft, value: string) =>
    onChange(employeurs.map((e, i) => (i === index ? { ...e, [field]: value } : e)));
  return (
    <section className={styles.details} aria-labelledby="actu-employeurs-title">
      <h2 id="actu-employeurs-title" className="fr-h5">
        {t('actualisation.employeurs.title', { period })}
      </h2>
      <p className={`fr-text--sm ${styles.help}`}>{t('actualisation.employeurs.brutHelp')}</p>
      {errors.employeurs && <Alert severity="error" message={errors.employeurs} />}
      {employeurs.map((employeur, i) => {
        const at = `employeurs.${i}`;
        return (
          <fieldset key={i} className={styles.employeur}>
            <legend className="fr-text--bold">
              {t('actualisation.employeurs.legend', { n: i + 1 })}
            </legend>
            <div className={styles.employeurFields}>
              <TextInput
                id={fieldId(`${at}.nom`)}
                label={t('actualisation.employeurs.nom')}
                error={errors[`${at}.nom`]}
                value={employeur.nom}
                onChange={(v) => set(i, 'nom', v)}
                inputProps={{ autoComplete: 'off', maxLength: 100 }}
              />
              <TextInput
                id={fieldId(`${at}.heures`)}
                label={t('actualisation.employeurs.heures')}
                hint={t('actualisation.employeurs.heuresHint')}
                error={errors[`${at}.heures`]}
                value={employeur.heures}
                onChange={(v) => set(i, 'heures', v)}
                inputProps={{ inputMode: 'numeric', autoComplete: 'off', maxLength: 6 }}
              />
              <TextInput
                id={fieldId(`${at}.brutCentimes`)}
                label={t('actualisation.employeurs.brut')}
                hint={t('actualisation.employeurs.brutHint')}
                error={errors[`${at}.brutCentimes`]}
                value={employeur.brut}
                onChange={(v) => set(i, 'brut', v)}
                inputProps={{ inputMode: 'decimal', autoComplete: 'off', maxLength: 16 }}
              />
            </div>
            {employeurs.length > 1 && (
              <Button
                priority="tertiary"
                icon="fr-icon-delete-line"
                onClick={() => onChange(employeurs.filter((_, j) => j !== i))}
              >
                {t('actualisation.employeurs.remove', { n: i + 1 })}
              </Button>
            )}
          </fieldset>
        );
      })}
      {employeurs.length < 10 && (
        <Button
          priority="secondary"
          icon="fr-icon-add-line"
          onClick={() => onChange([...employeurs, emptyEmployeur()])}
        >
          {t('actualisation.employeurs.add')}
        </Button>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { EmployeurDraft } from '../../../shared/domain/actualisation';
import { emptyEmployeur } from '../../store/actualisationSlice';
import { Alert, Button, TextInput } from '../../ui';
import styles from './actualisation.module.css';

export interface EmployeursFieldsProps {
  period: string;
  employeurs: EmployeurDraft[];
  onChange(employeurs: EmployeurDraft[]): void;
  /** The translated message of a draft path ('employeurs.0.brut', 'employeurs'), if it is wrong. */
  errorOf(path: string): string | undefined;
}

/** One block per employer or activity: name, whole hours, gross amount; "Ajouter un employeur". */
export function EmployeursFields({ period, employeurs, onChange, errorOf }: EmployeursFieldsProps) {
  const { t } = useTranslation();
  const listError = errorOf('employeurs');
  const set = (index: number, field: keyof EmployeurDraft, value: string) =>
    onChange(employeurs.map((e, i) => (i === index ? { ...e, [field]: value } : e)));
  return (
    <section className={styles.details} aria-labelledby="actu-employeurs-title">
      <h2 id="actu-employeurs-title" className="fr-h5">
        {t('actualisation.employeurs.title', { period })}
      </h2>
      <p className={`fr-text--sm ${styles.help}`}>{t('actualisation.employeurs.brutHelp')}</p>
      {listError && <Alert severity="error" message={listError} />}
      {employeurs.map((employeur, i) => {
        const at = `employeurs.${i}`;
        const id = `actu-employeurs-${i}`;
        return (
          <fieldset key={i} className={styles.employeur}>
            <legend className="fr-text--bold">
              {t('actualisation.employeurs.legend', { n: i + 1 })}
            </legend>
            <div className={styles.employeurFields}>
              <TextInput
                id={`${id}-nom`}
                label={t('actualisation.employeurs.nom')}
                error={errorOf(`${at}.nom`)}
                value={employeur.nom}
                onChange={(v) => set(i, 'nom', v)}
                inputProps={{ autoComplete: 'off', maxLength: 100 }}
              />
              <TextInput
                id={`${id}-heures`}
                label={t('actualisation.employeurs.heures')}
                hint={t('actualisation.employeurs.heuresHint')}
                error={errorOf(`${at}.heures`)}
                value={employeur.heures}
                onChange={(v) => set(i, 'heures', v)}
                inputProps={{ inputMode: 'numeric', autoComplete: 'off', maxLength: 6 }}
              />
              <TextInput
                id={`${id}-brut`}
                label={t('actualisation.employeurs.brut')}
                hint={t('actualisation.employeurs.brutHint')}
                error={errorOf(`${at}.brut`)}
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

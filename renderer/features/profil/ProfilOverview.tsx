import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profil } from '../../../shared/contract';
import { useKioskStore } from '../../store';
import { Button } from '../../ui';
import styles from './profil.module.css';

type Row = 'adresse' | 'telephone' | 'email' | 'rib' | 'questionSecrete' | 'motDePasse';

/** Each part of the profile with its current value, what is « en cours », and « Modifier ». */
export function ProfilOverview({ profil }: { profil: Profil }) {
  const { t } = useTranslation();
  const editProfil = useKioskStore((s) => s.editProfil);
  const changePassword = useKioskStore((s) => s.changePassword);
  const none = <span className={styles.none}>{t('profil.none')}</span>;
  const queued = (kind: Profil['enAttente'][number]) =>
    profil.enAttente.includes(kind) ? <p className={styles.pending}>{t('profil.queued')}</p> : null;
  const a = profil.adresse;
  const values: Record<Row, ReactNode> = {
    adresse: a ? (
      <>
        {a.adresse}
        {a.complement && <br />}
        {a.complement}
        <br />
        {a.codePostal} {a.commune.nom}
      </>
    ) : (
      none
    ),
    telephone: profil.telephone ?? none,
    email: (
      <>
        {profil.email ?? none}
        {profil.emailEnAttente && (
          <p className={styles.pending}>
            {t('profil.emailPending', { email: profil.emailEnAttente })}
          </p>
        )}
      </>
    ),
    rib: (
      <>
        {profil.rib ? (
          <>
            {profil.rib.titulaire}
            <br />
            <span dir="ltr">{profil.rib.ibanMasque}</span>
          </>
        ) : (
          none
        )}
        {profil.ribEnCours && (
          <p className={styles.pending}>
            {t('profil.ribPending', { iban: profil.ribEnCours.ibanMasque })}
          </p>
        )}
      </>
    ),
    questionSecrete: profil.questionSecrete
      ? t(`account.secretQuestions.${profil.questionSecrete}`)
      : none,
    motDePasse: t('profil.hidden'),
  };
  const rows: Row[] = ['adresse', 'telephone', 'email', 'rib', 'questionSecrete', 'motDePasse'];
  return (
    <ul className={styles.rows}>
      {rows.map((row) => {
        const label = t(`profil.labels.${row}`);
        return (
          <li key={row} className={styles.row} aria-labelledby={`profil-${row}`}>
            <div>
              <h2 id={`profil-${row}`} className="fr-h6 fr-mb-1v">
                {label}
              </h2>
              <div className={styles.value}>{values[row]}</div>
              {row !== 'motDePasse' && queued(row)}
            </div>
            <Button
              priority="secondary"
              icon="fr-icon-edit-line"
              onClick={() => (row === 'motDePasse' ? changePassword() : editProfil(row))}
              nativeProps={{ 'aria-label': t('profil.modify', { label }) }}
            >
              {t('profil.modifyShort')}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}

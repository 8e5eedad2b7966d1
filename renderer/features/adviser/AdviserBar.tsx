import { useTranslation } from 'react-i18next';
import { useKioskStore } from '../../store';
import { Button } from '../../ui';
import styles from './adviser.module.css';

/**
 * Adviser mode on the person's screen, under the adviser call's status: once the person has
 * called, a discreet « Espace conseiller » for the adviser who comes; in adviser mode, the banner
 * that says an adviser is there, with the way back to the adviser's tools.
 */
export function AdviserBar() {
  const { t } = useTranslation();
  const inVisit = useKioskStore((s) => s.phase === 'visit');
  const called = useKioskStore((s) => s.assistRequestId !== null);
  const prenom = useKioskStore((s) => s.adviserPrenom);
  const show = useKioskStore((s) => s.showAdviserView);
  if (!inVisit) return null;
  if (prenom)
    return (
      <section className={styles.banner} aria-label={t('adviser.openTools')}>
        <p>{t('adviser.banner', { prenom })}</p>
        <Button priority="tertiary" icon="fr-icon-settings-5-line" onClick={() => show('tools')}>
          {t('adviser.openTools')}
        </Button>
      </section>
    );
  if (!called) return null;
  return (
    <div className={styles.entry}>
      <Button priority="tertiary" icon="fr-icon-account-circle-line" onClick={() => show('unlock')}>
        {t('adviser.entry')}
      </Button>
    </div>
  );
}

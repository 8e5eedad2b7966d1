import { useTranslation } from 'react-i18next';
import { situationKinds, type SituationKind } from '../../../shared/domain/situation';
import { useKioskStore } from '../../store';
import { Button, ScreenHeading } from '../../ui';
import styles from './situation.module.css';

/** One question: which change. Each answer is a large button that moves on. */
export function ChooseStep({
  chosen,
  onChoose,
}: {
  chosen: SituationKind | '';
  onChoose(kind: SituationKind): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="kiosk-form-screen">
      <ScreenHeading>{t('situation.title')}</ScreenHeading>
      <p>{t('situation.intro')}</p>
      <h2 id="situation-choose" className="fr-h4">
        {t('situation.chooseTitle')}
      </h2>
      <ul className={styles.kinds} aria-labelledby="situation-choose">
        {situationKinds.map((kind) => (
          <li key={kind}>
            <Button
              priority={chosen === kind ? 'primary' : 'secondary'}
              onClick={() => onChoose(kind)}
            >
              {t(`situation.kinds.${kind}`)}
            </Button>
          </li>
        ))}
      </ul>
      <div className="kiosk-form-actions">
        <Button priority="tertiary" onClick={() => useKioskStore.getState().goTo('dashboard')}>
          {t('situation.backToSpace')}
        </Button>
      </div>
    </div>
  );
}

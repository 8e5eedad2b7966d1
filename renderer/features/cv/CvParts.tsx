import { useTranslation } from 'react-i18next';
import { cvInfoParts, type CvInfoPart } from '../../../shared/domain/cv';
import styles from './cv.module.css';

/**
 * Where the person is among the parts of the informations step: the parts in order, those done
 * and the current one marked (in words for screen readers: "Partie 2 sur 5").
 */
export function CvParts({ current }: { current: CvInfoPart }) {
  const { t } = useTranslation();
  const index = cvInfoParts.indexOf(current);
  return (
    <div className={styles.parts}>
      <p id="cv-parts-progress" className="fr-text--sm fr-mb-1w">
        {t('cv.parts.progress', { current: index + 1, total: cvInfoParts.length })}
      </p>
      <ol aria-labelledby="cv-parts-progress">
        {cvInfoParts.map((part, i) => (
          <li
            key={part}
            aria-current={part === current ? 'step' : undefined}
            className={i < index ? styles.partDone : i === index ? styles.partCurrent : undefined}
          >
            {t(`cv.parts.${part}`)}
          </li>
        ))}
      </ol>
    </div>
  );
}

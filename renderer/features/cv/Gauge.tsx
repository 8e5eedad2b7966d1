import { useTranslation } from 'react-i18next';
import styles from './cv.module.css';

/** The completeness gauge ("jauge"), as a native progress bar with its value in words. */
export function Gauge({ percent }: { percent: number }) {
  const { t } = useTranslation();
  return (
    <div className={styles.gauge}>
      <label htmlFor="cv-gauge">{t('cv.gauge.label')}</label>
      <progress id="cv-gauge" max={100} value={percent}>
        {t('cv.gauge.value', { percent })}
      </progress>
      <span aria-hidden="true">{t('cv.gauge.value', { percent })}</span>
    </div>
  );
}

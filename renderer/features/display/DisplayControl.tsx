import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { displayThemes, textSizes, useKioskStore } from '../../store';
import { ToolPanel } from '../../ui';
import styles from './display.module.css';
import { useDisplayOnDocument } from './useDisplayOnDocument';

/** The preview letter of each text size, drawn at that size's scale. */
const previews = { normal: 'A', large: 'A+', larger: 'A++' } as const;

/**
 * « Affichage », on every screen: a panel under the header's button with the text size and the
 * contrast. A choice applies at once (the person sees the result behind the panel) and stays until
 * the visit ends.
 */
export function DisplayControl() {
  const { t } = useTranslation();
  const textSize = useKioskStore((s) => s.textSize);
  const theme = useKioskStore((s) => s.displayTheme);
  const setTextSize = useKioskStore((s) => s.setTextSize);
  const setTheme = useKioskStore((s) => s.setDisplayTheme);
  const sizeId = useId();
  const contrastId = useId();
  useDisplayOnDocument(textSize, theme);

  return (
    <ToolPanel
      label={t('display.open')}
      icon="fr-icon-eye-line"
      title={t('display.panelTitle')}
      closeLabel={t('display.close')}
    >
      <p id={sizeId} className={styles.legend}>
        {t('display.textSize')}
      </p>
      <div role="group" aria-labelledby={sizeId} className={styles.choices}>
        {textSizes.map((size) => (
          <button
            key={size}
            type="button"
            className={`fr-btn fr-btn--secondary ${styles.choice}`}
            aria-pressed={size === textSize}
            onClick={() => setTextSize(size)}
          >
            <span aria-hidden="true" className={styles.preview} data-size={size}>
              {previews[size]}
            </span>
            {t(`display.textSizes.${size}`)}
          </button>
        ))}
      </div>
      <p id={contrastId} className={styles.legend}>
        {t('display.contrast')}
      </p>
      <div role="group" aria-labelledby={contrastId} className={styles.choices}>
        {displayThemes.map((option) => (
          <button
            key={option}
            type="button"
            className={`fr-btn fr-btn--secondary ${styles.choice}`}
            aria-pressed={option === theme}
            onClick={() => setTheme(option)}
          >
            <span aria-hidden="true" className={styles.swatch} data-theme={option} />
            {t(`display.themes.${option}`)}
          </button>
        ))}
      </div>
    </ToolPanel>
  );
}

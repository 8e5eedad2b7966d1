import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayThemes, textSizes, useKioskStore } from '../../store';
import { Button } from '../../ui';
import styles from './display.module.css';
import { useDisplayOnDocument } from './useDisplayOnDocument';

/** The preview letter of each text size, drawn at that size's scale. */
const previews = { normal: 'A', large: 'A+', larger: 'A++' } as const;

/**
 * « Affichage », on every screen: a panel under the header's button with the text size and the
 * contrast. A choice applies at once (the person sees the result behind the panel) and stays until
 * the visit ends. Not a modal dialog: nothing is asked, and the screen behind stays usable.
 */
export function DisplayControl() {
  const { t } = useTranslation();
  const textSize = useKioskStore((s) => s.textSize);
  const theme = useKioskStore((s) => s.displayTheme);
  const setTextSize = useKioskStore((s) => s.setTextSize);
  const setTheme = useKioskStore((s) => s.setDisplayTheme);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const titleId = useId();
  const sizeId = useId();
  const contrastId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useDisplayOnDocument(textSize, theme);

  // Reading starts at the panel's title when it opens, as on a new screen.
  useEffect(() => {
    if (open) title.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div className={styles.control}>
      <Button
        ref={toggle}
        priority="secondary"
        icon="fr-icon-eye-line"
        onClick={() => setOpen((o) => !o)}
        nativeProps={{ 'aria-expanded': open, 'aria-controls': panelId }}
      >
        {t('display.open')}
      </Button>
      <section
        id={panelId}
        className={styles.panel}
        hidden={!open}
        aria-labelledby={titleId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') close();
        }}
      >
        <h2 id={titleId} ref={title} tabIndex={-1} className={styles.title}>
          {t('display.panelTitle')}
        </h2>
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
        <Button priority="primary" onClick={close} className={styles.close}>
          {t('display.close')}
        </Button>
      </section>
    </div>
  );
}

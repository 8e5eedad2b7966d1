import { useTranslation } from 'react-i18next';
import { languages } from '../../i18n';
import { Button } from '../../ui';
import styles from './language.module.css';
import { useChooseLanguage } from './useLanguage';

/**
 * The welcome screen's choice: one large button per language, each in its own name and script
 * (flags are countries, not languages). Touching one does not start the visit.
 */
export function LanguageChoice() {
  const { t, i18n } = useTranslation();
  const choose = useChooseLanguage();
  return (
    <div className={styles.choice} role="group" aria-label={t('language.choose')}>
      {languages.map(({ code, name, dir }) => (
        <Button
          key={code}
          priority={i18n.language === code ? 'primary' : 'secondary'}
          nativeProps={{ lang: code, dir, 'aria-pressed': i18n.language === code }}
          onClick={(event) => {
            event.stopPropagation();
            choose(code);
          }}
        >
          {name}
        </Button>
      ))}
    </div>
  );
}

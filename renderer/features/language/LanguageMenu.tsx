import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../i18n';
import { Button } from '../../ui';
import styles from './language.module.css';
import { useChooseLanguage } from './useLanguage';

/** The header's language control: the current language's name; touching it lists the others. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const choose = useChooseLanguage();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const current = languages.find((l) => l.code === i18n.language) ?? languages[0];
  return (
    <div
      className={styles.menu}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      <Button
        priority="secondary"
        icon="fr-icon-global-line"
        onClick={() => setOpen((o) => !o)}
        nativeProps={{
          'aria-expanded': open,
          'aria-controls': listId,
          'aria-label': t('language.menu', { language: current.name }),
        }}
      >
        {current.name}
      </Button>
      {open && (
        <div id={listId} className={styles.list} role="group" aria-label={t('language.choose')}>
          {languages.map(({ code, name, dir }) => (
            <Button
              key={code}
              priority={code === current.code ? 'primary' : 'tertiary'}
              nativeProps={{ lang: code, dir, 'aria-pressed': code === current.code }}
              onClick={() => {
                choose(code);
                setOpen(false);
              }}
            >
              {name}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}

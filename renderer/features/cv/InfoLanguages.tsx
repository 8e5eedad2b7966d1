import { useTranslation } from 'react-i18next';
import { languageLevels } from '../../../shared/domain/cv';
import { Button, TextInput } from '../../ui';
import type { InfoSectionProps } from './infoSection';
import styles from './cv.module.css';

/** "Langues" of the Informations step: a name and a level per language. */
export function LanguagesSection({ draft, errorOf, set }: InfoSectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <h2 className="fr-h5">{t('cv.info.languages')}</h2>
      {draft.languages.map((language, i) => (
        <div key={i} className={styles.language}>
          <TextInput
            id={`cv-lang-${i}`}
            label={t('cv.info.language')}
            value={language.name}
            error={errorOf(`languages.${i}.name`)}
            onChange={(name) =>
              set(
                'languages',
                draft.languages.map((l, j) => (j === i ? { ...l, name } : l)),
              )
            }
            inputProps={{ maxLength: 60 }}
          />
          <div className="fr-select-group">
            <label className="fr-label" htmlFor={`cv-lang-${i}-level`}>
              {t('cv.info.level')}
            </label>
            <select
              id={`cv-lang-${i}-level`}
              className="fr-select"
              value={language.level}
              onChange={(e) =>
                set(
                  'languages',
                  draft.languages.map((l, j) =>
                    j === i
                      ? { ...l, level: e.target.value as (typeof languageLevels)[number] }
                      : l,
                  ),
                )
              }
            >
              {languageLevels.map((level) => (
                <option key={level} value={level}>
                  {t(`cv.info.levels.${level}`)}
                </option>
              ))}
            </select>
          </div>
          <Button
            priority="tertiary"
            onClick={() =>
              set(
                'languages',
                draft.languages.filter((_, j) => j !== i),
              )
            }
          >
            {`${t('cv.info.remove')} : ${language.name || t('cv.info.language')}`}
          </Button>
        </div>
      ))}
      <Button
        priority="secondary"
        icon="fr-icon-add-line"
        onClick={() => set('languages', [...draft.languages, { name: '', level: 'courant' }])}
      >
        {t('cv.info.addLanguage')}
      </Button>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { AddText } from './AddText';
import { Choices, toggled } from './Choices';
import type { InfoSectionProps } from './infoSection';
import styles from './cv.module.css';

/** "Compétences" of the Informations step: the job's ROME skills to tick, and free skills. */
export function SkillsSection({
  draft,
  romeSkills,
  set,
}: Omit<InfoSectionProps, 'errorOf'> & { romeSkills: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      <h2 className="fr-h5">{t('cv.info.skills')}</h2>
      {romeSkills.length > 0 && (
        <Choices
          name="cv-rome-skills"
          columns
          legend={t('cv.info.romeSkills')}
          type="checkbox"
          choices={romeSkills.map((skill) => ({ value: skill, label: skill }))}
          selected={draft.skills.rome}
          onToggle={(skill, on) =>
            set('skills', { ...draft.skills, rome: toggled(draft.skills.rome, skill, on) })
          }
        />
      )}
      <ListWithRemove
        items={draft.skills.free}
        removeLabel={t('cv.info.remove')}
        onRemove={(i) =>
          set('skills', { ...draft.skills, free: draft.skills.free.filter((_, j) => j !== i) })
        }
      />
      <AddText
        id="cv-free-skill"
        label={t('cv.info.freeSkill')}
        addLabel={t('cv.info.addSkill')}
        maxLength={120}
        onAdd={(skill) =>
          set('skills', { ...draft.skills, free: [...draft.skills.free, skill].slice(0, 20) })
        }
      />
    </>
  );
}

/** "Centres d'intérêt" of the Informations step. */
export function InterestsSection({ draft, set }: Omit<InfoSectionProps, 'errorOf'>) {
  const { t } = useTranslation();
  return (
    <>
      <h2 className="fr-h5">{t('cv.info.interests')}</h2>
      <ListWithRemove
        items={draft.interests}
        removeLabel={t('cv.info.remove')}
        onRemove={(i) =>
          set(
            'interests',
            draft.interests.filter((_, j) => j !== i),
          )
        }
      />
      <AddText
        id="cv-interest"
        label={t('cv.info.interest')}
        addLabel={t('cv.info.addInterest')}
        maxLength={120}
        onAdd={(interest) => set('interests', [...draft.interests, interest].slice(0, 10))}
      />
    </>
  );
}

function ListWithRemove({
  items,
  removeLabel,
  onRemove,
}: {
  items: string[];
  removeLabel: string;
  onRemove(index: number): void;
}) {
  if (items.length === 0) return null;
  return (
    <ul className={styles.tags}>
      {items.map((item, i) => (
        <li key={`${i}-${item}`}>
          <Button
            priority="tertiary"
            icon="fr-icon-close-line"
            nativeProps={{ 'aria-label': `${removeLabel} : ${item}` }}
            onClick={() => onRemove(i)}
          >
            {item}
          </Button>
        </li>
      ))}
    </ul>
  );
}

import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { ExperienceFields, FormationFields } from './EntryFields';
import type { InfoSectionProps } from './infoSection';

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * "Expériences" of the Informations step: one ExperienceFields per entry, and an add button. The
 * part's heading names the section: it has none of its own.
 */
export function ExperiencesSection({ draft, errorOf, set }: InfoSectionProps) {
  const { t } = useTranslation();
  return (
    <>
      {draft.experiences.map((experience, i) => (
        <ExperienceFields
          key={experience.id}
          index={i}
          value={experience}
          errorOf={errorOf}
          onChange={(value) =>
            set(
              'experiences',
              draft.experiences.map((e, j) => (j === i ? value : e)),
            )
          }
          onRemove={() =>
            set(
              'experiences',
              draft.experiences.filter((_, j) => j !== i),
            )
          }
        />
      ))}
      <Button
        priority="secondary"
        icon="fr-icon-add-line"
        onClick={() =>
          set('experiences', [
            ...draft.experiences,
            { id: newId(), job: '', employer: '', place: '', start: null, end: null, tasks: '' },
          ])
        }
      >
        {t('cv.info.addExperience')}
      </Button>
    </>
  );
}

/** "Formations" of the Informations step (a part of its own), like the expériences. */
export function FormationsSection({ draft, errorOf, set }: InfoSectionProps) {
  const { t } = useTranslation();
  return (
    <>
      {draft.formations.map((formation, i) => (
        <FormationFields
          key={formation.id}
          index={i}
          value={formation}
          errorOf={errorOf}
          onChange={(value) =>
            set(
              'formations',
              draft.formations.map((f, j) => (j === i ? value : f)),
            )
          }
          onRemove={() =>
            set(
              'formations',
              draft.formations.filter((_, j) => j !== i),
            )
          }
        />
      ))}
      <Button
        priority="secondary"
        icon="fr-icon-add-line"
        onClick={() =>
          set('formations', [
            ...draft.formations,
            {
              id: newId(),
              title: '',
              school: '',
              place: '',
              start: null,
              end: null,
              obtained: false,
            },
          ])
        }
      >
        {t('cv.info.addFormation')}
      </Button>
    </>
  );
}

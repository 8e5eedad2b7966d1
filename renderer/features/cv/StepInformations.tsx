import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CvSummary } from '../../../shared/contract/cv';
import {
  copyExperiencesAndFormations,
  languageLevels,
  licences,
  type CvContent,
} from '../../../shared/domain/cv';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';
import { Button, StatusMessage, TextInput } from '../../ui';
import { AddText } from './AddText';
import { Choices, toggled } from './Choices';
import { ExperienceFields, FormationFields } from './EntryFields';
import { TextArea } from './TextArea';
import type { CvErrors } from './useCvErrors';

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Step 1: title, accroche, contact, expériences, formations, langues, permis, compétences, intérêts. */
export function StepInformations({ errors }: { errors: CvErrors }) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const draft = useKioskStore((s) => s.cvDraft)!;
  const cvId = useKioskStore((s) => s.cvId);
  const update = useKioskStore((s) => s.updateCv);
  const [romeSkills, setRomeSkills] = useState<string[]>([]);
  const [others, setOthers] = useState<CvSummary[]>([]);
  const [notice, setNotice] = useState('');
  const rome = draft.target.appellation?.rome;

  useEffect(() => {
    if (!rome) return;
    let alive = true;
    void api
      .call('cv.romeSkills', { rome })
      .then((r) => alive && r.ok && setRomeSkills(r.value.skills));
    return () => {
      alive = false;
    };
  }, [api, rome]);

  useEffect(() => {
    let alive = true;
    void api.call('cv.list', {}).then((r) => {
      if (alive && r.ok) setOthers(r.value.cvs.filter((cv) => cv.cvId !== cvId));
    });
    return () => {
      alive = false;
    };
  }, [api, cvId]);

  const set = <K extends keyof CvContent>(key: K, value: CvContent[K]) =>
    update((cv) => ({ ...cv, [key]: value }));

  const copyFrom = async (other: CvSummary) => {
    const result = await api.call('cv.get', { cvId: other.cvId });
    if (!result.ok) return;
    update((cv) => copyExperiencesAndFormations(cv, result.value.content));
    setNotice(t('cv.info.copied'));
  };

  return (
    <div className="kiosk-cv-step-body">
      <TextInput
        id="cv-title"
        label={t('cv.info.title')}
        value={draft.title}
        error={errors.errorOf('title')}
        onChange={(v) => set('title', v)}
        inputProps={{ maxLength: 150 }}
      />
      <TextArea
        id="cv-accroche"
        label={t('cv.info.accroche')}
        hint={t('cv.info.accrocheHint')}
        value={draft.accroche}
        maxLength={600}
        onChange={(v) => set('accroche', v)}
      />
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">{t('cv.info.contactLegend')}</legend>
        <TextInput
          id="cv-email"
          label={t('cv.info.email')}
          value={draft.contact.email}
          error={errors.errorOf('contact.email')}
          onChange={(email) => set('contact', { ...draft.contact, email })}
          inputProps={{ type: 'email', maxLength: 254, autoComplete: 'off' }}
        />
        <TextInput
          id="cv-telephone"
          label={t('cv.info.telephone')}
          value={draft.contact.telephone}
          error={errors.errorOf('contact.telephone')}
          onChange={(telephone) => set('contact', { ...draft.contact, telephone })}
          inputProps={{ type: 'tel', inputMode: 'tel', maxLength: 20, autoComplete: 'off' }}
        />
      </fieldset>

      {others.length > 0 && (
        <section aria-labelledby="cv-copy-title">
          <h3 id="cv-copy-title" className="fr-h6">
            {t('cv.info.copyFrom')}
          </h3>
          <div className="kiosk-form-actions">
            {others.map((other) => (
              <Button
                key={other.cvId}

                priority="secondary"
                onClick={() => void copyFrom(other)}
              >
                {t('cv.info.copy', { title: other.title || other.appellation || t('cv.noTitle') })}
              </Button>
            ))}
          </div>
          <StatusMessage message={notice} tone="success" />
        </section>
      )}

      <h3 className="fr-h5">{t('cv.info.experiences')}</h3>
      {draft.experiences.map((experience, i) => (
        <ExperienceFields
          key={experience.id}
          index={i}
          value={experience}
          errors={errors}
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

      <h3 className="fr-h5">{t('cv.info.formations')}</h3>
      {draft.formations.map((formation, i) => (
        <FormationFields
          key={formation.id}
          index={i}
          value={formation}
          errors={errors}
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

      <h3 className="fr-h5">{t('cv.info.languages')}</h3>
      {draft.languages.map((language, i) => (
        <div key={i} className="kiosk-cv-language">
          <TextInput
            id={`cv-lang-${i}`}
            label={t('cv.info.language')}
            value={language.name}
            error={errors.errorOf(`languages.${i}.name`)}
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

      <Choices
        name="cv-licences"
        legend={t('cv.info.licences')}
        type="checkbox"
        choices={licences.map((code) => ({ value: code, label: t('cv.info.licence', { code }) }))}
        selected={draft.licences}
        onToggle={(code, on) => set('licences', toggled(draft.licences, code, on))}
      />

      <h3 className="fr-h5">{t('cv.info.skills')}</h3>
      {romeSkills.length > 0 && (
        <Choices
          name="cv-rome-skills"
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

      <h3 className="fr-h5">{t('cv.info.interests')}</h3>
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
    </div>
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
    <ul className="kiosk-cv-tags">
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

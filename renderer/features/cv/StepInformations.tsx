import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CvSummary } from '../../../shared/contract/cv';
import { copyExperiencesAndFormations, licences } from '../../../shared/domain/cv';
import { useKioskCall, useKioskQuery } from '../../bridge';
import { useKioskStore } from '../../store';
import { TextInput } from '../../ui';
import { Choices, toggled } from './Choices';
import { CopyFromOtherCvs } from './InfoCopy';
import { ExperiencesSection, FormationsSection } from './InfoEntries';
import { LanguagesSection } from './InfoLanguages';
import { InterestsSection, SkillsSection } from './InfoSkills';
import type { SetCvField } from './infoSection';
import { TextArea } from './TextArea';
import type { CvForm } from './cvForm';

/** Step 1: title, accroche, contact, expériences, formations, langues, permis, compétences, intérêts. */
export function StepInformations({ form }: { form: CvForm }) {
  const { t } = useTranslation();
  const copy = useKioskCall('cv.get');
  const draft = form.values;
  const cvId = useKioskStore((s) => s.cvId);
  const [notice, setNotice] = useState('');
  const rome = draft.target.appellation?.rome;

  const skills = useKioskQuery('cv.romeSkills', rome ? { rome } : null);
  const romeSkills = skills.result?.ok ? skills.result.value.skills : [];
  const list = useKioskQuery('cv.list', {});
  const others: CvSummary[] = list.result?.ok
    ? list.result.value.cvs.filter((cv) => cv.cvId !== cvId)
    : [];

  const set: SetCvField = (key, value) => form.set(key, value);

  const copyFrom = async (other: CvSummary) => {
    const result = await copy.run({ cvId: other.cvId });
    if (!result?.ok) return;
    const copied = copyExperiencesAndFormations(form.values, result.value.content);
    form.patch({ experiences: copied.experiences, formations: copied.formations });
    setNotice(t('cv.info.copied'));
  };

  return (
    <div>
      <TextInput
        id="cv-title"
        label={t('cv.info.title')}
        value={draft.title}
        error={form.errorOf('title')}
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
          error={form.errorOf('contact.email')}
          onChange={(email) => set('contact', { ...draft.contact, email })}
          inputProps={{ type: 'email', maxLength: 254, autoComplete: 'off' }}
        />
        <TextInput
          id="cv-telephone"
          label={t('cv.info.telephone')}
          value={draft.contact.telephone}
          error={form.errorOf('contact.telephone')}
          onChange={(telephone) => set('contact', { ...draft.contact, telephone })}
          inputProps={{ type: 'tel', inputMode: 'tel', maxLength: 20, autoComplete: 'off' }}
        />
      </fieldset>

      <CopyFromOtherCvs others={others} notice={notice} onCopy={(other) => void copyFrom(other)} />
      <ExperiencesSection draft={draft} errorOf={form.errorOf} set={set} />
      <FormationsSection draft={draft} errorOf={form.errorOf} set={set} />
      <LanguagesSection draft={draft} errorOf={form.errorOf} set={set} />
      <Choices
        name="cv-licences"
        legend={t('cv.info.licences')}
        type="checkbox"
        choices={licences.map((code) => ({ value: code, label: t('cv.info.licence', { code }) }))}
        selected={draft.licences}
        onToggle={(code, on) => set('licences', toggled(draft.licences, code, on))}
      />

      <SkillsSection draft={draft} romeSkills={romeSkills} set={set} />
      <InterestsSection draft={draft} set={set} />
    </div>
  );
}

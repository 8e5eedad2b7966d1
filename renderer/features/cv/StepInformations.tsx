import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CvSummary } from '../../../shared/contract/cv';
import { copyExperiencesAndFormations, type CvInfoPart } from '../../../shared/domain/cv';
import { useKioskCall, useKioskQuery } from '../../bridge';
import { useKioskStore } from '../../store';
import { TextInput } from '../../ui';
import { CopyFromOtherCvs } from './InfoCopy';
import { ExperiencesSection, FormationsSection } from './InfoEntries';
import { LanguagesSection } from './InfoLanguages';
import { LicencesChoice } from './InfoLicences';
import { InterestsSection, SkillsSection } from './InfoSkills';
import type { InfoSectionProps, SetCvField } from './infoSection';
import { TextArea } from './TextArea';
import type { CvForm } from './cvForm';

/**
 * Step 1, one part at a time: title, accroche and contact; expériences; formations; langues and
 * permis; compétences and intérêts.
 */
export function StepInformations({ form, part }: { form: CvForm; part: CvInfoPart }) {
  const set: SetCvField = (key, value) => form.set(key, value);
  const section: InfoSectionProps = { draft: form.values, errorOf: form.errorOf, set };
  switch (part) {
    case 'profil':
      return <ProfilPart {...section} />;
    case 'experiences':
      return <ExperiencesPart form={form} section={section} />;
    case 'formations':
      return <FormationsSection {...section} />;
    case 'langues':
      return (
        <>
          <LanguagesSection {...section} />
          <LicencesChoice {...section} />
        </>
      );
    case 'competences':
      return <CompetencesPart {...section} />;
  }
}

function ProfilPart({ draft, errorOf, set }: InfoSectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        id="cv-title"
        label={t('cv.info.title')}
        value={draft.title}
        error={errorOf('title')}
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
          error={errorOf('contact.email')}
          onChange={(email) => set('contact', { ...draft.contact, email })}
          inputProps={{ type: 'email', maxLength: 254, autoComplete: 'off' }}
        />
        <TextInput
          id="cv-telephone"
          label={t('cv.info.telephone')}
          value={draft.contact.telephone}
          error={errorOf('contact.telephone')}
          onChange={(telephone) => set('contact', { ...draft.contact, telephone })}
          inputProps={{ type: 'tel', inputMode: 'tel', maxLength: 20, autoComplete: 'off' }}
        />
      </fieldset>
    </>
  );
}

/** The expériences, after the offer to copy them (and the formations) from another CV. */
function ExperiencesPart({ form, section }: { form: CvForm; section: InfoSectionProps }) {
  const { t } = useTranslation();
  const copy = useKioskCall('cv.get');
  const cvId = useKioskStore((s) => s.cvId);
  const [notice, setNotice] = useState('');
  const list = useKioskQuery('cv.list', {});
  const others: CvSummary[] = list.result?.ok
    ? list.result.value.cvs.filter((cv) => cv.cvId !== cvId)
    : [];

  const copyFrom = async (other: CvSummary) => {
    const result = await copy.run({ cvId: other.cvId });
    if (!result?.ok) return;
    const copied = copyExperiencesAndFormations(form.values, result.value.content);
    form.patch({ experiences: copied.experiences, formations: copied.formations });
    setNotice(t('cv.info.copied'));
  };

  return (
    <>
      <CopyFromOtherCvs others={others} notice={notice} onCopy={(other) => void copyFrom(other)} />
      <ExperiencesSection {...section} />
    </>
  );
}

/** The job's ROME skills to tick, free skills, and centres d'intérêt. */
function CompetencesPart(section: InfoSectionProps) {
  const rome = section.draft.target.appellation?.rome;
  const skills = useKioskQuery('cv.romeSkills', rome ? { rome } : null);
  const romeSkills = skills.result?.ok ? skills.result.value.skills : [];
  return (
    <>
      <SkillsSection draft={section.draft} romeSkills={romeSkills} set={section.set} />
      <InterestsSection draft={section.draft} set={section.set} />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { maskNir } from '../../../../shared/domain/nir';
import { Alert, Button, Checkbox, ReviewSection, toDisplayDate } from '../../../ui';
import { useEndVisit } from '../../visit';
import type { ParticulierValues, Section } from './values';
import { CguReader } from '../../cgu';

interface Props {
  values: ParticulierValues;
  setCgu(accepted: boolean): void;
  cguError?: string;
  formError: string | null;
  sending: boolean;
  modify(section: Section): void;
  send(): void;
}

/** Seed 000 step 5, "demande de confirmation": every section with "Modifier", then the CGU. */
export function ReviewStep({ values, setCgu, cguError, formError, sending, modify, send }: Props) {
  const { t } = useTranslation();
  const endVisit = useEndVisit();
  const f = (key: string, options?: Record<string, string>) =>
    t(`employer.particulier.review.${key}`, options);
  const { etatCivil: ec, coordonnees: co, securite: se } = values;
  const none = f('notGiven');
  const civilite = t(
    `employer.particulier.etatCivil.${ec.civilite === 'F' ? 'madame' : 'monsieur'}`,
  );
  const lieu = [ec.communeNaissance?.nom, ec.paysNaissance].filter(Boolean).join(', ');
  const sections: { section: Section; rows: [string, string][] }[] = [
    {
      section: 'etatCivil',
      rows: [
        [f('identite'), [civilite, ec.prenom, ec.nomUsage || ec.nomNaissance].join(' ')],
        [t('employer.particulier.etatCivil.nomNaissance'), ec.nomNaissance],
        [f('naissance'), f('naissanceValue', { date: toDisplayDate(ec.dateNaissance), lieu })],
        // Masked as France Travail's review is (19505XXXXXXXXX): someone may stand behind the user.
        [f('nir'), maskNir(ec.nir)],
      ],
    },
    {
      section: 'coordonnees',
      rows: [
        [
          f('adresse'),
          [co.voie, co.complement, `${co.codePostal} ${co.commune?.nom ?? ''}`]
            .filter(Boolean)
            .join(', '),
        ],
        [f('telephone1'), co.telephone1 || none],
        [f('telephone2'), co.telephone2 || none],
        [f('email'), co.email],
        [f('consent'), f(co.emailsFranceTravail ? 'yes' : 'no')],
      ],
    },
    {
      section: 'securite',
      rows: [
        [
          f('questionSecrete'),
          se.questionSecrete ? t(`account.secretQuestions.${se.questionSecrete}`) : none,
        ],
      ],
    },
  ];
  return (
    <div>
      <p>{f('intro')}</p>
      {formError && <Alert severity="error" message={t(formError)} focusOnShow />}
      {sections.map(({ section, rows }) => {
        const title = t(`employer.particulier.steps.${section}`);
        return (
          <ReviewSection
            key={section}
            id={`pem-review-${section}`}
            title={title}
            rows={rows}
            modifyLabel={f('modify', { section: title })}
            onModify={() => modify(section)}
          />
        );
      })}
      <Checkbox
        id="pem-cgu"
        label={f('cgu')}
        error={cguError}
        checked={values.cgu}
        onChange={setCgu}
      />
      <CguReader />
      <div className="kiosk-form-actions kiosk-form-actions--step">
        <Button onClick={send} nativeProps={{ 'aria-disabled': sending || undefined }}>
          {f('send')}
        </Button>
        <Button priority="tertiary" onClick={() => void endVisit()}>
          {t('employer.particulier.abandon')}
        </Button>
      </div>
    </div>
  );
}

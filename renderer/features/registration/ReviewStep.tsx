import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/contract';
import { maskNir } from '../../../shared/domain/nir';
import { useKioskApi } from '../../bridge';
import { useKioskStore, type RegistrationStep } from '../../store';
import { Alert, Button, ReviewSection, toDisplayDate } from '../../ui';
import { useEndVisit } from '../visit';

/** The review: every section with its "Modifier", then "Envoyer ma demande". */
export function ReviewStep() {
  const { t } = useTranslation();
  const api = useKioskApi();
  const endVisit = useEndVisit();
  const values = useKioskStore((s) => s.registration.values);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const { identite: id, coordonnees: co, situation: si } = values;
  const none = t('account.registration.review.notGiven');
  const yesNo = (b: boolean) =>
    t(b ? 'account.registration.review.yes' : 'account.registration.review.no');

  const sections: { step: RegistrationStep; rows: [string, string][] }[] = [
    {
      step: 'identite',
      rows: [
        [
          t('account.registration.identite.civilite'),
          t(`account.registration.identite.${id.civilite === 'F' ? 'madame' : 'monsieur'}`),
        ],
        [t('account.registration.identite.nomNaissance'), id.nomNaissance],
        [t('account.registration.identite.nomUsage'), id.nomUsage || none],
        [t('account.registration.identite.prenoms'), id.prenoms],
        [t('account.registration.identite.dateNaissance'), toDisplayDate(id.dateNaissance)],
        // Masked like France Travail's review (19505XXXXXXXXX): anyone behind the user sees the screen.
        [
          t('account.registration.identite.nir'),
          id.sansNir ? t('account.registration.review.nirNone') : maskNir(id.nir),
        ],
        // Each answer under its own question: a commune is not a country.
        ...(id.communeNaissance
          ? [
              [
                t('account.registration.identite.communeNaissance'),
                id.communeNaissance.nom,
              ] satisfies [string, string],
            ]
          : []),
        [t('account.registration.identite.paysNaissance'), id.paysNaissance],
      ],
    },
    {
      step: 'coordonnees',
      rows: [
        [
          t('account.registration.coordonnees.adresse'),
          [co.adresse, co.complement].filter(Boolean).join(', '),
        ],
        [
          t('account.registration.coordonnees.commune'),
          `${co.codePostal} ${co.commune?.nom ?? ''}`,
        ],
        [t('account.registration.coordonnees.email'), co.email || none],
        [t('account.registration.coordonnees.telephonePortable'), co.telephonePortable || none],
        [t('account.registration.coordonnees.telephoneFixe'), co.telephoneFixe || none],
      ],
    },
    {
      step: 'situation',
      rows: [
        [
          t('account.registration.situation.dejaInscrit'),
          si.dejaInscrit === null
            ? none
            : si.dejaInscrit
              ? `${yesNo(true)} (${si.identifiantDemandeur})`
              : yesNo(false),
        ],
        [
          t('account.registration.situation.situationProfessionnelle'),
          si.situationProfessionnelle
            ? t(`account.registration.situation.situations.${si.situationProfessionnelle}`)
            : none,
        ],
        [
          t('account.registration.situation.qualification'),
          si.qualification
            ? t(`account.registration.situation.qualifications.${si.qualification}`)
            : none,
        ],
        [t('account.registration.situation.emails'), yesNo(si.emailsFranceTravail)],
      ],
    },
  ];

  const send = async () => {
    if (sending) return;
    setError(null);
    setSending(true);
    const result = await api.call('registration.submit', {});
    setSending(false);
    if (result.ok) useKioskStore.getState().registrationSubmitted(result.value.status);
    else setError(result.error.fields?.form ?? `errors.${result.error.code satisfies ErrorCode}`);
  };

  return (
    <div>
      <p>{t('account.registration.review.intro')}</p>
      {error && <Alert severity="error" message={t(error)} focusOnShow />}
      {sections.map(({ step, rows }) => {
        const title = t(`account.registration.steps.${step}`);
        return (
          <ReviewSection
            key={step}
            id={`review-${step}`}
            title={title}
            rows={rows}
            modifyLabel={t('account.registration.review.modify', { section: title })}
            onModify={() => useKioskStore.getState().registrationStep(step, true)}
          />
        );
      })}
      <div className="kiosk-form-actions kiosk-form-actions--step">
        <Button onClick={() => void send()}>{t('account.registration.review.send')}</Button>
        <Button priority="tertiary" onClick={() => void endVisit()}>
          {t('account.registration.abandon')}
        </Button>
      </div>
    </div>
  );
}

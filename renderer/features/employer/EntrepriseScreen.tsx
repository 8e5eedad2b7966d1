import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  entrepriseAccountSchema,
  siretFormSchema,
  type EntrepriseDraft,
  type Establishment,
} from '../../../shared/domain/employer';
import { useKioskCall } from '../../bridge';
import {
  Alert,
  Button,
  Checkbox,
  RadioGroup,
  ReviewList,
  ScreenHeading,
  TextInput,
  useDocumentTitle,
  useKioskForm,
} from '../../ui';
import { PasswordField } from '../login/PasswordField';
import { PasswordChecklist } from '../password';
import { useDeclaredUnsentWork, useEndVisit } from '../visit';
import { SpaceCreatedActions, WhereSpaceOpens } from './SpaceCreated';
import { CguReader } from '../cgu';

type Step = 'account' | 'siret' | 'confirm' | 'done';

const empty: EntrepriseDraft = {
  identifiant: '',
  motDePasse: '',
  confirmation: '',
  civilite: '',
  nom: '',
  prenom: '',
  email: '',
  telephone: '',
  cgu: false,
};

/**
 * "Créer un compte entreprise": the account (identifiant, mot de passe, civilité, nom,
 * prénom, e-mail, téléphone, CGU), the SIRET, "Veuillez confirmer qu'il s'agit de votre
 * établissement", then the account waits for an adviser's certification.
 */
export function EntrepriseScreen() {
  const { t } = useTranslation();
  const lookup = useKioskCall('employer.lookupEstablishment');
  const createAccount = useKioskCall('employer.createEntreprise');
  const endVisit = useEndVisit();
  useDocumentTitle(t('app.documentTitle', { screen: t('employer.entreprise.documentTitle') }));
  const [step, setStep] = useState<Step>('account');
  const account = useKioskForm({ idPrefix: 'emp', schema: entrepriseAccountSchema, draft: empty });
  const siretForm = useKioskForm({
    idPrefix: 'emp',
    schema: siretFormSchema,
    draft: { siret: '' },
  });
  const [establishment, setEstablishment] = useState<Establishment | null>(null);
  const [reference, setReference] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const values = account.values;
  const siret = siretForm.values.siret;
  const set = <F extends keyof EntrepriseDraft>(field: F, value: EntrepriseDraft[F]) =>
    account.set(field, value);
  const errorOf = (field: string) => account.errorOf(field) ?? siretForm.errorOf(field);
  const f = (key: string) => t(`employer.entreprise.${key}`);
  // Anything typed before the account is created is what "Terminer" would throw away.
  const typed = JSON.stringify(values) !== JSON.stringify(empty) || siret !== '';
  useDeclaredUnsentWork('form', step !== 'done' && typed);

  const submitAccount = account.onSubmit(() => setStep('siret'));

  const submitSiret = siretForm.onSubmit(async () => {
    setFormError(null);
    const result = await lookup.run({ siret });
    if (!result) return;
    if (!result.ok) {
      if (result.error.fields) siretForm.showErrors(result.error.fields);
      else setFormError(`errors.${result.error.code}`);
      return;
    }
    setEstablishment(result.value);
    setStep('confirm');
  });

  const create = async () => {
    setFormError(null);
    // Checked when "Créer mon compte" moved on: this is the account main expects.
    const parsed = entrepriseAccountSchema.safeParse(values);
    if (!parsed.success) return setStep('account');
    const result = await createAccount.run({ account: parsed.data, siret });
    if (!result) return;
    if (!result.ok) {
      const refused = result.error.fields;
      if (refused?.identifiant) {
        setStep('account');
        account.showErrors(refused);
      } else
        setFormError(refused ? (Object.values(refused)[0] ?? '') : `errors.${result.error.code}`);
      return;
    }
    // The password has done its job: it is not kept on the screen's state any longer.
    account.patch({ motDePasse: '', confirmation: '' });
    setReference(result.value.reference);
    setStep('done');
  };

  return (
    <div className="kiosk-form-screen">
      <ScreenHeading key={`emp-${step}`}>{f(`titles.${step}`)}</ScreenHeading>
      {formError && <Alert severity="error" message={t(formError)} focusOnShow />}
      {step === 'account' && (
        <form noValidate onSubmit={submitAccount}>
          <p className="fr-text--sm">{f('allRequired')}</p>
          <TextInput
            id="emp-identifiant"
            label={f('identifiant')}
            hint={f('identifiantHint')}
            error={errorOf('identifiant')}
            value={values.identifiant}
            onChange={(v) => set('identifiant', v)}
            inputProps={{ autoComplete: 'off', autoCapitalize: 'none', maxLength: 20 }}
          />
          <PasswordField
            id="emp-motDePasse"
            label={f('motDePasse')}
            error={errorOf('motDePasse')}
            value={values.motDePasse}
            onChange={(v) => set('motDePasse', v)}
          />
          <PasswordChecklist
            id="emp-checklist"
            password={values.motDePasse}
            identifiant={values.identifiant}
          />
          <PasswordField
            id="emp-confirmation"
            label={f('confirmation')}
            error={errorOf('confirmation')}
            value={values.confirmation}
            onChange={(v) => set('confirmation', v)}
          />
          <RadioGroup
            name="emp-civilite"
            legend={f('civilite')}
            error={errorOf('civilite')}
            value={values.civilite}
            onChange={(v) => set('civilite', v as EntrepriseDraft['civilite'])}
            options={[
              { value: 'F', label: t('account.registration.identite.madame') },
              { value: 'M', label: t('account.registration.identite.monsieur') },
            ]}
          />
          <TextInput
            id="emp-nom"
            label={f('nom')}
            error={errorOf('nom')}
            value={values.nom}
            onChange={(v) => set('nom', v)}
            inputProps={{ autoComplete: 'off' }}
          />
          <TextInput
            id="emp-prenom"
            label={f('prenom')}
            error={errorOf('prenom')}
            value={values.prenom}
            onChange={(v) => set('prenom', v)}
            inputProps={{ autoComplete: 'off' }}
          />
          <TextInput
            id="emp-email"
            label={f('email')}
            hint={f('emailHint')}
            error={errorOf('email')}
            value={values.email}
            onChange={(v) => set('email', v)}
            inputProps={{ type: 'email', autoComplete: 'off', autoCapitalize: 'none' }}
          />
          <TextInput
            id="emp-telephone"
            label={f('telephone')}
            hint={f('telephoneHint')}
            error={errorOf('telephone')}
            value={values.telephone}
            onChange={(v) => set('telephone', v)}
            inputProps={{ type: 'tel', autoComplete: 'off' }}
          />
          <Checkbox
            id="emp-cgu"
            label={f('cgu')}
            error={errorOf('cgu')}
            checked={values.cgu}
            onChange={(c) => set('cgu', c)}
          />
          <CguReader />
          <div className="kiosk-form-actions kiosk-form-actions--step">
            <Button type="submit">{f('createAccount')}</Button>
            <Button priority="secondary" onClick={() => void endVisit()}>
              {f('cancel')}
            </Button>
          </div>
        </form>
      )}
      {step === 'siret' && (
        <form noValidate onSubmit={submitSiret}>
          <p>{f('siretIntro')}</p>
          <TextInput
            id="emp-siret"
            label={f('siret')}
            hint={f('siretHint')}
            error={errorOf('siret')}
            value={siret}
            onChange={(v) => siretForm.set('siret', v)}
            inputProps={{ inputMode: 'numeric', autoComplete: 'off', maxLength: 17 }}
          />
          <p className="fr-text--sm">{f('siretHelp')}</p>
          <div className="kiosk-form-actions kiosk-form-actions--step">
            <Button type="submit">{f('next')}</Button>
            <Button priority="secondary" onClick={() => setStep('account')}>
              {f('back')}
            </Button>
          </div>
        </form>
      )}
      {step === 'confirm' && establishment && (
        <div>
          <p>{f('confirmIntro')}</p>
          <ReviewList
            rows={(
              [
                ['raisonSociale', establishment.raisonSociale],
                ['siret', establishment.siret],
                ['adresse', establishment.adresse],
                ['codeNaf', `${establishment.codeNaf} — ${establishment.libelleNaf}`],
              ] as const
            ).map(([key, value]) => [f(`establishment.${key}`), value] as const)}
          />
          <p className="fr-text--lead">{f('confirmQuestion')}</p>
          <div className="kiosk-form-actions kiosk-form-actions--step">
            <Button onClick={() => void create()}>{f('confirm')}</Button>
            <Button priority="secondary" onClick={() => setStep('siret')}>
              {f('back')}
            </Button>
          </div>
        </div>
      )}
      {step === 'done' && (
        <div>
          <Alert severity="success" message={f('created')} />
          <p>{t('employer.entreprise.reference', { reference })}</p>
          <p>{f('activation')}</p>
          <p>{f('certification')}</p>
          <WhereSpaceOpens kind="entreprise" />
          <SpaceCreatedActions finish={f('finish')} />
        </div>
      )}
    </div>
  );
}

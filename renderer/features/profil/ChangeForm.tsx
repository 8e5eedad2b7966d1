import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profil } from '../../../shared/contract';
import {
  profilChangeSchemas,
  type AdresseChange,
  type EmailChange,
  type ProfilChangeKind,
  type QuestionSecreteChange,
  type RibChange,
  type TelephoneChange,
} from '../../../shared/domain/profil';
import { secretQuestionIds } from '../../../shared/domain/secretQuestions';
import { useKioskStore, type ProfilDrafts } from '../../store';
import { Alert, Button, ScreenHeading, Select, TextInput, useKioskForm } from '../../ui';
import { CommuneField } from '../identity/CommuneField';
import { EmailFields } from '../identity/EmailFields';
import styles from './profil.module.css';

const off = { autoComplete: 'off' } as const;

/** One change typed on its own screen; « Vérifier » checks it and shows the review. */
export function ChangeForm({ kind, profil }: { kind: ProfilChangeKind; profil: Profil | null }) {
  switch (kind) {
    case 'adresse':
      return <AdresseForm profil={profil} />;
    case 'telephone':
      return <TelephoneForm profil={profil} />;
    case 'email':
      return <EmailForm />;
    case 'rib':
      return <RibForm />;
    case 'questionSecrete':
      return <QuestionForm />;
  }
}

/** The draft kept in the store (« Corriger » from the review loses nothing), else `initial`. */
function useChangeForm<K extends ProfilChangeKind>(kind: K, initial: NonNullable<ProfilDrafts[K]>) {
  const saved = useKioskStore((s) => s.profilDrafts[kind]);
  const setDraft = useKioskStore((s) => s.setProfilDraft);
  const review = useKioskStore((s) => s.reviewProfil);
  const refused = useKioskStore((s) => s.profilErrors);
  const form = useKioskForm({
    idPrefix: 'profil',
    schema: profilChangeSchemas[kind],
    draft: saved ?? initial,
    onDraftChange: (draft) => setDraft(kind, draft),
    initialErrors: refused ?? undefined,
  });
  return { form, submit: form.onSubmit(() => review()) };
}

function Frame({
  kind,
  submit,
  formError,
  children,
}: {
  kind: ProfilChangeKind;
  submit(event?: FormEvent): void;
  formError: string | null;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const back = useKioskStore((s) => s.showProfil);
  return (
    <div className={styles.screen}>
      <ScreenHeading>{t(`profil.edit.title.${kind}`)}</ScreenHeading>
      {formError && <Alert severity="error" message={t(`errors.${formError}`)} focusOnShow />}
      <form noValidate onSubmit={submit}>
        {children}
        <div className="kiosk-form-actions kiosk-form-actions--step">
          <Button type="submit">{t('profil.edit.check')}</Button>
          <Button priority="secondary" onClick={back}>
            {t('profil.edit.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}

function AdresseForm({ profil }: { profil: Profil | null }) {
  const { t } = useTranslation();
  const current = profil?.adresse;
  const initial: AdresseChange = {
    adresse: current?.adresse ?? '',
    complement: current?.complement ?? '',
    codePostal: current?.codePostal ?? '',
    commune: current?.commune ?? null,
  };
  const { form, submit } = useChangeForm('adresse', initial);
  const v = form.values;
  return (
    <Frame kind="adresse" submit={submit} formError={form.formError}>
      <TextInput
        id="profil-adresse"
        label={t('profil.fields.adresse')}
        error={form.errorOf('adresse')}
        value={v.adresse}
        onChange={(x) => form.set('adresse', x)}
        inputProps={off}
      />
      <TextInput
        id="profil-complement"
        label={t('profil.fields.complement')}
        hint={t('profil.fields.complementHint')}
        error={form.errorOf('complement')}
        value={v.complement}
        onChange={(x) => form.set('complement', x)}
        inputProps={off}
      />
      <CommuneField
        codePostalId="profil-codePostal"
        communeId="profil-commune"
        codePostalLabel={t('profil.fields.codePostal')}
        codePostalError={form.errorOf('codePostal')}
        communeError={form.errorOf('commune')}
        codePostal={v.codePostal}
        commune={v.commune}
        onChange={(codePostal, commune) => form.patch({ codePostal, commune })}
      />
    </Frame>
  );
}

function TelephoneForm({ profil }: { profil: Profil | null }) {
  const { t } = useTranslation();
  const initial: TelephoneChange = { telephone: profil?.telephone ?? '' };
  const { form, submit } = useChangeForm('telephone', initial);
  return (
    <Frame kind="telephone" submit={submit} formError={form.formError}>
      <TextInput
        id="profil-telephone"
        label={t('profil.fields.telephone')}
        hint={t('profil.fields.telephoneHint')}
        error={form.errorOf('telephone')}
        value={form.values.telephone}
        onChange={(x) => form.set('telephone', x)}
        inputProps={{ type: 'tel', inputMode: 'tel', autoComplete: 'off', dir: 'ltr' }}
      />
    </Frame>
  );
}

function EmailForm() {
  const { t } = useTranslation();
  const initial: EmailChange = { email: '', emailConfirmation: '' };
  const { form, submit } = useChangeForm('email', initial);
  return (
    <Frame kind="email" submit={submit} formError={form.formError}>
      <EmailFields
        idPrefix="profil"
        text={(key) => t(`profil.fields.${key}`)}
        hint={t('profil.fields.emailHint')}
        values={form.values}
        errorOf={form.errorOf}
        set={form.set}
      />
    </Frame>
  );
}

function RibForm() {
  const { t } = useTranslation();
  const initial: RibChange = { titulaire: '', iban: '', bic: '' };
  const { form, submit } = useChangeForm('rib', initial);
  const v = form.values;
  const latin = { autoComplete: 'off', autoCapitalize: 'characters', dir: 'ltr' } as const;
  return (
    <Frame kind="rib" submit={submit} formError={form.formError}>
      <p className="fr-text--sm">{t('profil.ribHelp')}</p>
      <TextInput
        id="profil-titulaire"
        label={t('profil.fields.titulaire')}
        error={form.errorOf('titulaire')}
        value={v.titulaire}
        onChange={(x) => form.set('titulaire', x)}
        inputProps={off}
      />
      <TextInput
        id="profil-iban"
        label={t('profil.fields.iban')}
        hint={t('profil.fields.ibanHint')}
        error={form.errorOf('iban')}
        value={v.iban}
        onChange={(x) => form.set('iban', x)}
        inputProps={{ ...latin, maxLength: 50 }}
      />
      <TextInput
        id="profil-bic"
        label={t('profil.fields.bic')}
        hint={t('profil.fields.bicHint')}
        error={form.errorOf('bic')}
        value={v.bic}
        onChange={(x) => form.set('bic', x)}
        inputProps={{ ...latin, maxLength: 15 }}
      />
    </Frame>
  );
}

function QuestionForm() {
  const { t } = useTranslation();
  const initial: QuestionSecreteChange = { questionSecrete: '', reponseSecrete: '' };
  const { form, submit } = useChangeForm('questionSecrete', initial);
  return (
    <Frame kind="questionSecrete" submit={submit} formError={form.formError}>
      <Select
        id="profil-questionSecrete"
        label={t('profil.fields.questionSecrete')}
        hint={t('profil.fields.questionSecreteHint')}
        error={form.errorOf('questionSecrete')}
        placeholder={t('account.secretQuestions.placeholder')}
        value={form.values.questionSecrete}
        onChange={(x) => form.set('questionSecrete', x)}
        options={secretQuestionIds.map((id) => ({
          value: id,
          label: t(`account.secretQuestions.${id}`),
        }))}
      />
      <TextInput
        id="profil-reponseSecrete"
        label={t('profil.fields.reponseSecrete')}
        error={form.errorOf('reponseSecrete')}
        value={form.values.reponseSecrete}
        onChange={(x) => form.set('reponseSecrete', x)}
        inputProps={{ autoComplete: 'off', maxLength: 60 }}
      />
    </Frame>
  );
}

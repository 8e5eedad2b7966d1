import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commune } from '../../../shared/domain/communes';
import {
  contrats,
  parisToday,
  situationDraftSchema,
  situationRules,
  type SituationDraft,
  type SituationKind,
} from '../../../shared/domain/situation';
import { Button, DateField, RadioGroup, ScreenHeading, TextInput, useKioskForm } from '../../ui';
import { CommuneField } from '../identity/CommuneField';
import styles from './situation.module.css';

interface Props {
  draft: SituationDraft;
  /** Messages sent back by main after the review (a date that went out of bounds meanwhile). */
  initialErrors?: Record<string, string>;
  onDraftChange(draft: SituationDraft): void;
  onBack(): void;
  onDone(): void;
}

/** The dates and details of the chosen change, checked with the shared rules on "Continuer". */
export function DetailsStep({ draft, initialErrors, onDraftChange, onBack, onDone }: Props) {
  const { t } = useTranslation();
  const kind = draft.kind as SituationKind;
  const form = useKioskForm<SituationDraft>({
    idPrefix: 'situation',
    fieldId: (path) =>
      path === 'contrat' ? 'situation-contrat' : `situation-${path.split('.')[0] ?? path}`,
    schema: situationDraftSchema(parisToday()),
    draft,
    onDraftChange,
    initialErrors,
  });
  const v = form.values;
  const rule = situationRules[kind];
  const setCommune = useCallback(
    (codePostal: string, commune: Commune | null) => form.patch({ codePostal, commune }),
    // form.patch is a new function each render; what it does is the same.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const startLabel =
    kind === 'repriseEmploi'
      ? t('situation.fields.dateReprise')
      : kind === 'demenagement'
        ? t('situation.fields.dateDemenagement')
        : t('situation.fields.premierJour');

  return (
    <div className="kiosk-form-screen">
      <ScreenHeading>{t(`situation.kinds.${kind}`)}</ScreenHeading>
      <form noValidate onSubmit={form.onSubmit(() => onDone())}>
        <div className={styles.dates}>
          <DateField
            id="situation-dateDebut"
            label={startLabel}
            hint={t('situation.fields.dateHint')}
            error={form.errorOf('dateDebut')}
            value={v.dateDebut}
            onChange={(value) => form.set('dateDebut', value)}
          />
          {rule.withEnd && (
            <DateField
              id="situation-dateFin"
              label={t('situation.fields.dernierJour')}
              hint={t('situation.fields.dateHint')}
              error={form.errorOf('dateFin')}
              value={v.dateFin}
              onChange={(value) => form.set('dateFin', value)}
            />
          )}
        </div>
        {kind === 'repriseEmploi' && (
          <>
            <TextInput
              id="situation-employeur"
              label={t('situation.fields.employeur')}
              hint={t('situation.fields.employeurHint')}
              error={form.errorOf('employeur')}
              value={v.employeur}
              onChange={(value) => form.set('employeur', value)}
              inputProps={{ autoComplete: 'off', maxLength: 100 }}
            />
            <RadioGroup
              name="situation-contrat"
              legend={t('situation.fields.contrat')}
              error={form.errorOf('contrat')}
              value={v.contrat}
              onChange={(value) => form.set('contrat', value as SituationDraft['contrat'])}
              options={contrats.map((c) => ({ value: c, label: t(`situation.contrats.${c}`) }))}
            />
          </>
        )}
        {kind === 'formation' && (
          <TextInput
            id="situation-organisme"
            label={t('situation.fields.organisme')}
            error={form.errorOf('organisme')}
            value={v.organisme}
            onChange={(value) => form.set('organisme', value)}
            inputProps={{ autoComplete: 'off', maxLength: 100 }}
          />
        )}
        {kind === 'demenagement' && (
          <CommuneField
            codePostalId="situation-codePostal"
            communeId="situation-commune"
            codePostal={v.codePostal}
            commune={v.commune}
            onChange={setCommune}
            codePostalLabel={t('situation.fields.codePostal')}
            codePostalError={form.errorOf('codePostal')}
            communeError={form.errorOf('commune')}
          />
        )}
        <div className="kiosk-form-actions kiosk-form-actions--step">
          <Button type="submit">{t('situation.continue')}</Button>
          <Button priority="secondary" onClick={onBack}>
            {t('situation.back')}
          </Button>
        </div>
      </form>
    </div>
  );
}

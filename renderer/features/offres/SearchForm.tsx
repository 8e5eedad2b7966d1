import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  experienceChoices,
  offerContracts,
  offerSearchDraftSchema,
  publishedWithinChoices,
  radiusChoices,
  searchModes,
  workingTimes,
  type OfferSearchDraft,
} from '../../../shared/domain/offres';
import { useKioskCall, useKioskQuery } from '../../bridge';
import { Alert, Button, Checkbox, RadioGroup, Select, TextInput, useKioskForm } from '../../ui';
import { offerNumberOf } from './criteria';
import { Suggest } from './Suggest';
import styles from './offres.module.css';

const searchable = (query: string) => (query.trim().length < 2 ? null : { query });
const SEARCH_DELAY_MS = 150;
const experienceKeys = { 0: 'beginner', 1: 'oneYear', 3: 'threeYears' } as const;

export interface SearchFormProps {
  draft: OfferSearchDraft;
  onDraftChange(draft: OfferSearchDraft): void;
  onSearch(draft: OfferSearchDraft): void;
  onOpenOffer(numero: string): void;
  /** The way out of the search, beside « Rechercher ». */
  leave: ReactNode;
}

/** The search: by job and place first (more criteria on demand), by offer number, by code ROME. */
export function SearchForm({
  draft: initial,
  onDraftChange,
  onSearch,
  onOpenOffer,
  leave,
}: SearchFormProps) {
  const { t } = useTranslation();
  const form = useKioskForm<OfferSearchDraft>({
    idPrefix: 'offres',
    schema: offerSearchDraftSchema,
    draft: initial,
    onDraftChange,
  });
  const draft = form.values;
  const [more, setMore] = useState(
    draft.contrats.length > 0 ||
      !!(draft.tempsTravail || draft.experience || draft.publie || draft.motsCles),
  );
  const jobs = useKioskQuery(
    'offres.appellations',
    draft.appellation ? null : searchable(draft.metier),
    {
      delayMs: SEARCH_DELAY_MS,
    },
  );
  const places = useKioskQuery('offres.places', draft.lieu ? null : searchable(draft.lieuTexte), {
    delayMs: SEARCH_DELAY_MS,
  });
  const getOffer = useKioskCall('offres.get');
  // The latest answer stays on screen while the next one is asked.
  const jobHits =
    draft.metier.trim().length < 2 || !jobs.result
      ? null
      : jobs.result.ok
        ? jobs.result.value.hits
        : [];
  const placeHits =
    draft.lieuTexte.trim().length < 2 || !places.result
      ? null
      : places.result.ok
        ? places.result.value.places
        : [];

  const submit = form.onSubmit(async (values) => {
    if (values.mode !== 'numero') return onSearch(values);
    const numero = offerNumberOf(values);
    const result = await getOffer.run({ numero });
    if (!result) return;
    if (result.ok) return onOpenOffer(numero);
    const code = result.error.code;
    if (code === 'offer_not_found' || code === 'offer_filled' || code === 'offer_withdrawn')
      form.showErrors({ numero: `errors.${code}` });
    else form.setFormError(code);
  });

  const simple = (
    <>
      <Suggest
        id="offres-metier"
        label={t('offres.job')}
        hint={t('offres.jobHint')}
        error={form.errorOf('metier')}
        query={draft.metier}
        onQuery={(v) => form.set('metier', v)}
        hits={jobHits}
        hitKey={(hit) => String(hit.codeOgr)}
        renderHit={(hit) => (
          <>
            <span>{hit.label}</span>
            <span className="fr-text--sm">
              {hit.rome} · {hit.romeLabel}
            </span>
          </>
        )}
        onChoose={(hit) =>
          form.patch({
            appellation: { codeOgr: hit.codeOgr, label: hit.label, rome: hit.rome },
            metier: hit.label,
          })
        }
        resultsLabel={t('offres.jobResults')}
        noneText={t('offres.jobNone')}
        chosen={
          draft.appellation ? t('offres.jobChosen', { label: draft.appellation.label }) : null
        }
        changeLabel={t('offres.jobChange')}
        onChange={() => form.patch({ appellation: null, metier: '' })}
      />
      <Suggest
        id="offres-lieu"
        label={t('offres.place')}
        hint={t('offres.placeHint')}
        error={form.errorOf('lieu')}
        query={draft.lieuTexte}
        onQuery={(v) => form.set('lieuTexte', v)}
        hits={placeHits}
        hitKey={(place) => `${place.kind}-${place.code}`}
        renderHit={(place) => (
          <>
            <span>{place.label}</span>
            <span className="fr-text--sm">{t(`offres.placeKinds.${place.kind}`)}</span>
          </>
        )}
        onChoose={(place) => form.patch({ lieu: place, lieuTexte: place.label })}
        resultsLabel={t('offres.placeResults')}
        noneText={t('offres.placeNone')}
        chosen={draft.lieu ? t('offres.placeChosen', { label: draft.lieu.label }) : null}
        changeLabel={t('offres.placeChange')}
        onChange={() => form.patch({ lieu: null, lieuTexte: '', rayonKm: '' })}
      />
      <Button
        priority="tertiary"
        icon={more ? 'fr-icon-arrow-up-s-line' : 'fr-icon-arrow-down-s-line'}
        onClick={() => setMore((shown) => !shown)}
        nativeProps={{ 'aria-expanded': more, 'aria-controls': 'offres-more' }}
      >
        {more ? t('offres.less') : t('offres.more')}
      </Button>
      {more && (
        <div id="offres-more" className={styles.more}>
          {draft.lieu?.kind === 'commune' && (
            <Select
              id="offres-rayon"
              label={t('offres.advanced.radius')}
              value={draft.rayonKm}
              onChange={(v) => form.set('rayonKm', v)}
              placeholder={t('offres.advanced.any')}
              options={radiusChoices.map((km) => ({
                value: String(km),
                label:
                  km === 0
                    ? t('offres.advanced.radiusTown')
                    : t('offres.advanced.radiusKm', { km }),
              }))}
            />
          )}
          <fieldset className={`fr-fieldset ${styles.contracts}`}>
            <legend className="fr-fieldset__legend">{t('offres.advanced.contracts')}</legend>
            {offerContracts.map((contract) => (
              <Checkbox
                key={contract}
                id={`offres-contrat-${contract}`}
                label={t(`offres.contract.${contract}`)}
                checked={draft.contrats.includes(contract)}
                onChange={(checked) =>
                  form.set(
                    'contrats',
                    checked
                      ? [...draft.contrats, contract]
                      : draft.contrats.filter((c) => c !== contract),
                  )
                }
              />
            ))}
          </fieldset>
          <Select
            id="offres-temps"
            label={t('offres.advanced.workingTime')}
            value={draft.tempsTravail}
            onChange={(v) => form.set('tempsTravail', v)}
            placeholder={t('offres.advanced.any')}
            options={workingTimes.map((w) => ({ value: w, label: t(`offres.workingTimes.${w}`) }))}
          />
          <Select
            id="offres-experience"
            label={t('offres.advanced.experience')}
            value={draft.experience}
            onChange={(v) => form.set('experience', v)}
            placeholder={t('offres.advanced.any')}
            options={experienceChoices.map((years) => ({
              value: String(years),
              label: t(`offres.advanced.experienceChoices.${experienceKeys[years]}`),
            }))}
          />
          <Select
            id="offres-publie"
            label={t('offres.advanced.published')}
            value={draft.publie}
            onChange={(v) => form.set('publie', v)}
            placeholder={t('offres.advanced.any')}
            options={publishedWithinChoices.map((days) => ({
              value: String(days),
              label: t('offres.advanced.days', { count: days }),
            }))}
          />
          <TextInput
            id="offres-motsCles"
            label={t('offres.advanced.keywords')}
            hint={t('offres.advanced.keywordsHint')}
            value={draft.motsCles}
            onChange={(v) => form.set('motsCles', v)}
            inputProps={{ autoComplete: 'off', maxLength: 160 }}
          />
          <Checkbox
            id="offres-strict"
            label={t('offres.advanced.strict')}
            checked={draft.strictement}
            onChange={(checked) => form.set('strictement', checked)}
          />
        </div>
      )}
    </>
  );

  return (
    <form noValidate onSubmit={submit} className={styles.form}>
      {form.formError && (
        <Alert
          severity="error"
          message={t(`errors.${form.formError}`, { minutes: 0 })}
          focusOnShow
        />
      )}
      <RadioGroup
        name="offres-mode"
        legend={t('offres.modes.legend')}
        value={draft.mode}
        onChange={(v) => {
          form.clearErrors();
          form.set('mode', v as OfferSearchDraft['mode']);
        }}
        options={searchModes.map((mode) => ({ value: mode, label: t(`offres.modes.${mode}`) }))}
      />
      {draft.mode === 'simple' && simple}
      {draft.mode === 'numero' && (
        <TextInput
          id="offres-numero"
          label={t('offres.numero')}
          hint={t('offres.numeroHint')}
          error={form.errorOf('numero')}
          value={draft.numero}
          onChange={(v) => form.set('numero', v)}
          inputProps={{
            autoComplete: 'off',
            autoCapitalize: 'characters',
            maxLength: 10,
            dir: 'ltr',
          }}
        />
      )}
      {draft.mode === 'rome' && (
        <TextInput
          id="offres-rome"
          label={t('offres.rome')}
          hint={t('offres.romeHint')}
          error={form.errorOf('rome')}
          value={draft.rome}
          onChange={(v) => form.set('rome', v)}
          inputProps={{
            autoComplete: 'off',
            autoCapitalize: 'characters',
            maxLength: 5,
            dir: 'ltr',
          }}
        />
      )}
      {/* Sticks to the bottom edge: « Rechercher » stays in view however long the criteria. */}
      <div className="kiosk-form-actions kiosk-form-actions--step">
        <Button type="submit" icon="fr-icon-search-line">
          {form.submitting ? t('offres.searching') : t('offres.submit')}
        </Button>
        {leave}
      </div>
    </form>
  );
}

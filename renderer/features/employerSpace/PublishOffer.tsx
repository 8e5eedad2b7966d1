import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  emptyOfferDraft,
  offerPublishSchema,
  type OfferPublishDraft,
} from '../../../shared/domain/employerSpace';
import { offerContracts, workingTimes } from '../../../shared/domain/offres';
import { useKioskCall, useKioskQuery } from '../../bridge';
import {
  Alert,
  Button,
  RadioGroup,
  ReviewList,
  ScreenHeading,
  Select,
  TextInput,
  useDocumentTitle,
  useKioskForm,
} from '../../ui';
import { Suggest } from '../offres/Suggest';
import { useDeclaredUnsentWork } from '../visit';
import type { EmployerView } from './EmployerSpaceScreen';

const searchable = (query: string) => (query.trim().length < 2 ? null : { query });
const SUGGEST_DELAY_MS = 150;
const experiences = ['0', '1', '3'] as const;
const timed = (contract: string) => contract === 'CDD' || contract === 'MIS' || contract === 'SAI';

type Step = 'form' | 'review' | { status: 'sent' | 'queued'; numero: string | null };

/**
 * « Publier une offre »: one form (the job among the ROME titles, typos allowed; the commune; the
 * contract, hours, salary, experience and description), then the review, then « en attente de
 * validation ». The draft stays in this screen while the person goes back and forth.
 */
export function PublishOffer({ onLeave }: { onLeave(view: EmployerView): void }) {
  const { t } = useTranslation();
  const p = (key: string, values?: Record<string, string>) => t(`employer.publish.${key}`, values);
  useDocumentTitle(t('app.documentTitle', { screen: p('documentTitle') }));
  const [draft, setDraft] = useState<OfferPublishDraft>(emptyOfferDraft);
  const [texts, setTexts] = useState({ job: '', commune: '' });
  const [step, setStep] = useState<Step>('form');
  const [refused, setRefused] = useState<Record<string, string> | undefined>();
  const publish = useKioskCall('employerSpace.publish');
  // An offer typed and not yet sent: « Terminer » asks before the visit's wipe takes it.
  const typed =
    JSON.stringify(draft) !== JSON.stringify(emptyOfferDraft()) ||
    Boolean(texts.job || texts.commune);
  useDeclaredUnsentWork('form', typeof step === 'string' && typed);

  if (step === 'form')
    return (
      <OfferForm
        draft={draft}
        texts={texts}
        initialErrors={refused}
        onTexts={setTexts}
        onDraftChange={setDraft}
        onReview={(checked) => {
          setDraft(checked);
          setRefused(undefined);
          setStep('review');
        }}
        onCancel={() => onLeave('home')}
      />
    );

  if (step === 'review') {
    const n = (v: string, unit: string) => (v.trim() ? `${v} ${unit}` : p('notGiven'));
    const rows: [string, string][] = [
      [p('job'), draft.appellation?.label ?? ''],
      [p('commune'), draft.commune?.label ?? ''],
      [p('contract'), draft.contract ? t(`offres.contract.${draft.contract}`) : ''],
      ...(timed(draft.contract)
        ? [[p('duration'), n(draft.durationMonths, p('months'))] as [string, string]]
        : []),
      [p('workingTime'), draft.workingTime ? t(`offres.workingTimes.${draft.workingTime}`) : ''],
      [p('hours'), draft.hoursPerWeek],
      [p('salaryMin'), n(draft.salaryMin, '€')],
      [p('salaryMax'), n(draft.salaryMax, '€')],
      [p('experience'), draft.experienceYears ? p(`experiences.${draft.experienceYears}`) : ''],
      [p('description'), draft.description],
    ];
    return (
      <div className="kiosk-form-screen">
        <ScreenHeading key="review">{p('reviewTitle')}</ScreenHeading>
        <p>{p('reviewIntro')}</p>
        {publish.pending && <p role="status">{p('sending')}</p>}
        <ReviewList rows={rows} />
        <div className="kiosk-form-actions kiosk-form-actions--step">
          <Button
            icon="fr-icon-send-plane-line"
            onClick={() =>
              void publish.run(draft).then((result) => {
                if (!result) return;
                if (result.ok) return setStep(result.value);
                // A refusal naming a field opens the form on it; anything else is said here.
                setRefused(result.error.fields ?? { form: `errors.${result.error.code}` });
                setStep('form');
              })
            }
          >
            {p('send')}
          </Button>
          <Button priority="secondary" icon="fr-icon-edit-line" onClick={() => setStep('form')}>
            {p('edit')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="kiosk-form-screen">
      <ScreenHeading key="done">{p('doneTitle')}</ScreenHeading>
      <Alert severity="success" message={step.status === 'sent' ? p('pending') : p('queued')} />
      {step.numero && <p className="fr-text--lead">{p('numero', { numero: step.numero })}</p>}
      <div className="kiosk-form-actions">
        <Button onClick={() => onLeave('offres')}>{p('toMine')}</Button>
        <Button priority="secondary" onClick={() => onLeave('home')}>
          {p('toHome')}
        </Button>
      </div>
    </div>
  );
}

interface OfferFormProps {
  draft: OfferPublishDraft;
  texts: { job: string; commune: string };
  initialErrors?: Record<string, string>;
  onTexts(texts: { job: string; commune: string }): void;
  onDraftChange(draft: OfferPublishDraft): void;
  onReview(draft: OfferPublishDraft): void;
  onCancel(): void;
}

function OfferForm({
  draft: initial,
  texts,
  initialErrors,
  onTexts,
  onDraftChange,
  onReview,
  onCancel,
}: OfferFormProps) {
  const { t } = useTranslation();
  const p = (key: string) => t(`employer.publish.${key}`);
  const { form: formKey, ...fieldErrors } = initialErrors ?? {};
  const form = useKioskForm<OfferPublishDraft>({
    idPrefix: 'offer',
    schema: offerPublishSchema,
    draft: initial,
    onDraftChange,
    initialErrors: fieldErrors,
  });
  const draft = form.values;
  const jobs = useKioskQuery(
    'offres.appellations',
    draft.appellation ? null : searchable(texts.job),
    {
      delayMs: SUGGEST_DELAY_MS,
    },
  );
  const places = useKioskQuery('offres.places', draft.commune ? null : searchable(texts.commune), {
    delayMs: SUGGEST_DELAY_MS,
  });
  const jobHits =
    texts.job.trim().length < 2 || !jobs.result
      ? null
      : jobs.result.ok
        ? jobs.result.value.hits
        : [];
  const communeHits =
    texts.commune.trim().length < 2 || !places.result
      ? null
      : places.result.ok
        ? places.result.value.places.filter((place) => place.kind === 'commune')
        : [];
  const numeric = { inputMode: 'numeric' as const, autoComplete: 'off', maxLength: 6 };

  return (
    <div className="kiosk-form-screen">
      <ScreenHeading key="form">{p('title')}</ScreenHeading>
      <p>{p('intro')}</p>
      {formKey && <Alert severity="error" message={t(formKey)} focusOnShow />}
      <form noValidate onSubmit={form.onSubmit(onReview)}>
        <h2 className="fr-h5">{p('what')}</h2>
        <Suggest
          id="offer-appellation"
          label={p('job')}
          hint={p('jobHint')}
          error={form.errorOf('appellation')}
          query={texts.job}
          onQuery={(job) => onTexts({ ...texts, job })}
          hits={jobHits}
          hitKey={(hit) => String(hit.codeOgr)}
          renderHit={(hit) => <span>{hit.label}</span>}
          onChoose={(hit) => {
            form.set('appellation', { codeOgr: hit.codeOgr, label: hit.label, rome: hit.rome });
            onTexts({ ...texts, job: hit.label });
          }}
          resultsLabel={p('jobResults')}
          noneText={p('jobNone')}
          chosen={draft.appellation?.label ?? null}
          changeLabel={p('changeJob')}
          onChange={() => form.set('appellation', null)}
        />
        <Suggest
          id="offer-commune"
          label={p('commune')}
          hint={p('communeHint')}
          error={form.errorOf('commune')}
          query={texts.commune}
          onQuery={(commune) => onTexts({ ...texts, commune })}
          hits={communeHits}
          hitKey={(place) => place.code}
          renderHit={(place) => <span>{place.label}</span>}
          onChoose={(place) => {
            form.set('commune', { code: place.code, label: place.label });
            onTexts({ ...texts, commune: place.label });
          }}
          resultsLabel={p('communeResults')}
          noneText={p('communeNone')}
          chosen={draft.commune?.label ?? null}
          changeLabel={p('changeCommune')}
          onChange={() => form.set('commune', null)}
        />
        <Select
          id="offer-contract"
          label={p('contract')}
          error={form.errorOf('contract')}
          value={draft.contract}
          onChange={(v) => form.set('contract', v as OfferPublishDraft['contract'])}
          placeholder={p('choose')}
          options={offerContracts.map((c) => ({ value: c, label: t(`offres.contract.${c}`) }))}
        />
        {timed(draft.contract) && (
          <TextInput
            id="offer-durationMonths"
            label={p('duration')}
            hint={p('durationHint')}
            error={form.errorOf('durationMonths')}
            value={draft.durationMonths}
            onChange={(v) => form.set('durationMonths', v)}
            inputProps={{ ...numeric, maxLength: 2 }}
          />
        )}
        <h2 className="fr-h5">{p('conditions')}</h2>
        <RadioGroup
          name="offer-workingTime"
          legend={p('workingTime')}
          error={form.errorOf('workingTime')}
          value={draft.workingTime}
          onChange={(v) => form.set('workingTime', v as OfferPublishDraft['workingTime'])}
          options={workingTimes.map((w) => ({ value: w, label: t(`offres.workingTimes.${w}`) }))}
        />
        <TextInput
          id="offer-hoursPerWeek"
          label={p('hours')}
          error={form.errorOf('hoursPerWeek')}
          value={draft.hoursPerWeek}
          onChange={(v) => form.set('hoursPerWeek', v)}
          inputProps={{ ...numeric, maxLength: 2 }}
        />
        <TextInput
          id="offer-salaryMin"
          label={p('salaryMin')}
          hint={p('salaryHint')}
          error={form.errorOf('salaryMin')}
          value={draft.salaryMin}
          onChange={(v) => form.set('salaryMin', v)}
          inputProps={numeric}
        />
        <TextInput
          id="offer-salaryMax"
          label={p('salaryMax')}
          error={form.errorOf('salaryMax')}
          value={draft.salaryMax}
          onChange={(v) => form.set('salaryMax', v)}
          inputProps={numeric}
        />
        <RadioGroup
          name="offer-experienceYears"
          legend={p('experience')}
          error={form.errorOf('experienceYears')}
          value={draft.experienceYears}
          onChange={(v) => form.set('experienceYears', v as OfferPublishDraft['experienceYears'])}
          options={experiences.map((e) => ({ value: e, label: p(`experiences.${e}`) }))}
          vertical
        />
        <TextInput
          id="offer-description"
          label={p('description')}
          hint={p('descriptionHint')}
          error={form.errorOf('description')}
          value={draft.description}
          onChange={(v) => form.set('description', v)}
          inputProps={{ autoComplete: 'off', maxLength: 2000 }}
        />
        <div className="kiosk-form-actions kiosk-form-actions--step">
          <Button type="submit">{p('review')}</Button>
          <Button priority="secondary" onClick={onCancel}>
            {p('cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}

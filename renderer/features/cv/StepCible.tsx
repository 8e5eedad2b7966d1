import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contractTypes, workingTimes } from '../../../shared/domain/cv';
import type { CvSummary } from '../../../shared/contract/cv';
import { useKioskCall, useKioskQuery } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, TextInput } from '../../ui';
import { Choices, toggled } from './Choices';
import type { CvForm } from './cvForm';
import styles from './cv.module.css';

/** Typed text worth a search: two characters or more, asked after a short pause. */
const searchable = (query: string) => (query.trim().length < 2 ? null : { query });
const SEARCH_DELAY_MS = 150;

/** Enter in a search field searches as the user types: it must not send the step's form. */
const keepEnter = (event: KeyboardEvent<HTMLInputElement>) => {
  if (event.key === 'Enter') event.preventDefault();
};

/** Step 0: the job (ROME appellation), the places, the contract types and working time. */
export function StepCible({ form }: { form: CvForm }) {
  const { t } = useTranslation();
  const draft = form.values;
  const [jobQuery, setJobQuery] = useState('');
  const [placeQuery, setPlaceQuery] = useState('');
  const jobs = useKioskQuery('cv.searchAppellations', searchable(jobQuery), {
    delayMs: SEARCH_DELAY_MS,
  });
  const placesFound = useKioskQuery('cv.searchPlaces', searchable(placeQuery), {
    delayMs: SEARCH_DELAY_MS,
  });
  // The latest answer stays on screen while the next one is asked.
  const hits =
    jobQuery.trim().length < 2 || !jobs.result
      ? null
      : jobs.result.ok
        ? jobs.result.value.hits
        : [];
  const places =
    placeQuery.trim().length < 2 || !placesFound.result
      ? null
      : placesFound.result.ok
        ? placesFound.result.value.places
        : [];
  const chosen = draft.target.appellation;
  const cvId = useKioskStore((s) => s.cvId);
  const editCv = useKioskStore((s) => s.editCv);
  const getCv = useKioskCall('cv.get');
  const list = useKioskQuery('cv.list', {});
  // One CV per job (code ROME): said as soon as the job is picked, not after the whole step.
  const sameJob: CvSummary | undefined =
    chosen && list.result?.ok
      ? list.result.value.cvs.find((cv) => cv.rome === chosen.rome && cv.cvId !== cvId)
      : undefined;
  const sameJobTitle = sameJob && (sameJob.title || sameJob.appellation || t('cv.noTitle'));

  const openSameJob = async (cv: CvSummary) => {
    const result = await getCv.run({ cvId: cv.cvId });
    if (!result) return;
    if (!result.ok) return form.setFormError(result.error.code);
    editCv(result.value.content, cv.cvId, result.value.step);
  };

  const choose = (hit: NonNullable<typeof hits>[number]) => {
    form.patch({
      // The appellation is the CV's default title, editable at step 1.
      title: draft.title.trim() ? draft.title : hit.label,
      target: {
        ...draft.target,
        appellation: { codeOgr: hit.codeOgr, label: hit.label, rome: hit.rome },
      },
      // The ticked ROME skills belong to the job: another code ROME starts with none.
      skills: {
        ...draft.skills,
        rome: draft.target.appellation?.rome === hit.rome ? draft.skills.rome : [],
      },
    });
    setJobQuery('');
  };

  return (
    <div>
      {chosen ? (
        <div>
          <p>{t('cv.cible.chosen', { label: chosen.label, rome: chosen.rome })}</p>
          {form.errorOf('target.appellation') && !sameJob && (
            <p className="fr-error-text">{form.errorOf('target.appellation')}</p>
          )}
          {sameJob && (
            <Alert
              severity="warning"
              message={t('cv.cible.alreadyHave', { title: sameJobTitle })}
            />
          )}
          <div className={styles.add}>
            {sameJob && (
              <Button onClick={() => void openSameJob(sameJob)}>
                {t('cv.cible.openExisting', { title: sameJobTitle })}
              </Button>
            )}
            <Button
              priority="secondary"
              onClick={() => form.set('target', { ...draft.target, appellation: null })}
            >
              {t('cv.cible.change')}
            </Button>
          </div>
        </div>
      ) : (
        <>
          <TextInput
            id="cv-job"
            label={t('cv.cible.job')}
            hint={t('cv.cible.jobHint')}
            error={form.errorOf('target.appellation')}
            value={jobQuery}
            onChange={setJobQuery}
            inputProps={{ autoComplete: 'off', type: 'search', onKeyDown: keepEnter }}
          />
          {hits && (
            <div role="region" aria-label={t('cv.cible.results')} aria-live="polite">
              {hits.length === 0 ? (
                <p>{t('cv.cible.noResult')}</p>
              ) : (
                <ul className={styles.results}>
                  {hits.map((hit) => (
                    <li key={hit.codeOgr}>
                      <button type="button" className={styles.result} onClick={() => choose(hit)}>
                        <span>{hit.label}</span>
                        <span className="fr-text--xs">
                          {hit.rome} · {hit.romeLabel}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </>
      )}
      <TextInput
        id="cv-place"
        label={t('cv.cible.places')}
        hint={t('cv.cible.placesHint')}
        value={placeQuery}
        onChange={setPlaceQuery}
        inputProps={{ autoComplete: 'off', type: 'search', onKeyDown: keepEnter }}
      />
      {places && places.length > 0 && (
        <ul className={styles.results} aria-label={t('cv.cible.placeResults')}>
          {places.map((place) => (
            <li key={`${place.kind}-${place.code}`}>
              <button
                type="button"
                className={styles.result}
                aria-label={t('cv.cible.add', { label: place.label })}
                onClick={() => {
                  const { places: chosenPlaces } = draft.target;
                  const known = chosenPlaces.some(
                    (p) => p.code === place.code && p.kind === place.kind,
                  );
                  form.set('target', {
                    ...draft.target,
                    places: known ? chosenPlaces : [...chosenPlaces, place].slice(0, 10),
                  });
                  setPlaceQuery('');
                }}
              >
                {place.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {draft.target.places.length > 0 && (
        <ul className={styles.tags}>
          {draft.target.places.map((place) => (
            <li key={`${place.kind}-${place.code}`}>
              <Button
                priority="tertiary"
                icon="fr-icon-close-line"
                nativeProps={{ 'aria-label': t('cv.cible.remove', { label: place.label }) }}
                onClick={() =>
                  form.set('target', {
                    ...draft.target,
                    places: draft.target.places.filter((p) => p !== place),
                  })
                }
              >
                {place.label}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Choices
        name="cv-contracts"
        legend={t('cv.cible.contracts')}
        type="checkbox"
        choices={contractTypes.map((c) => ({ value: c, label: t(`cv.contract.${c}`) }))}
        selected={draft.target.contracts}
        onToggle={(value, on) =>
          form.set('target', {
            ...draft.target,
            contracts: toggled(draft.target.contracts, value, on),
          })
        }
      />
      <Choices
        name="cv-working-times"
        legend={t('cv.cible.workingTimes')}
        type="checkbox"
        choices={workingTimes.map((w) => ({ value: w, label: t(`cv.workingTime.${w}`) }))}
        selected={draft.target.workingTimes}
        onToggle={(value, on) =>
          form.set('target', {
            ...draft.target,
            workingTimes: toggled(draft.target.workingTimes, value, on),
          })
        }
      />
      <p className="fr-text--xs">{t('cv.cible.source')}</p>
    </div>
  );
}

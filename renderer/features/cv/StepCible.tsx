import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contractTypes, workingTimes, type Place } from '../../../shared/domain/cv';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';
import { Button, TextInput } from '../../ui';
import { Choices, toggled } from './Choices';
import type { CvErrors } from './useCvErrors';
import styles from './cv.module.css';

interface Hit {
  codeOgr: number;
  label: string;
  rome: string;
  romeLabel: string;
}

/** Typed text → results after a short pause, the latest query winning. */
function useSearch<T>(query: string, run: (q: string) => Promise<T[]>): T[] | null {
  const [results, setResults] = useState<T[] | null>(null);
  useEffect(() => {
    if (query.trim().length < 2) return;
    let alive = true;
    const timer = setTimeout(() => {
      void run(query).then((found) => alive && setResults(found));
    }, 150);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [query, run]);
  return query.trim().length < 2 ? null : results;
}

/** Step 0: the job (ROME appellation), the places, the contract types and working time. */
export function StepCible({ errors }: { errors: CvErrors }) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const draft = useKioskStore((s) => s.cvDraft)!;
  const update = useKioskStore((s) => s.updateCv);
  const [jobQuery, setJobQuery] = useState('');
  const [placeQuery, setPlaceQuery] = useState('');
  const [searchJobs] = useState(() => async (q: string) => {
    const result = await api.call('cv.searchAppellations', { query: q });
    return result.ok ? result.value.hits : [];
  });
  const [searchPlaces] = useState(() => async (q: string) => {
    const result = await api.call('cv.searchPlaces', { query: q });
    return result.ok ? result.value.places : [];
  });
  const hits = useSearch<Hit>(jobQuery, searchJobs);
  const places = useSearch<Place>(placeQuery, searchPlaces);
  const chosen = draft.target.appellation;

  const choose = (hit: Hit) => {
    update((cv) => ({
      ...cv,
      // Seed 004: the appellation is the CV's default title, editable at step 1.
      title: cv.title.trim() ? cv.title : hit.label,
      target: {
        ...cv.target,
        appellation: { codeOgr: hit.codeOgr, label: hit.label, rome: hit.rome },
      },
      skills: {
        ...cv.skills,
        rome: cv.target.appellation?.rome === hit.rome ? cv.skills.rome : [],
      },
    }));
    setJobQuery('');
  };

  return (
    <div>
      {chosen ? (
        <div>
          <p>{t('cv.cible.chosen', { label: chosen.label, rome: chosen.rome })}</p>
          {errors.errorOf('target.appellation') && (
            <p className="fr-error-text">{errors.errorOf('target.appellation')}</p>
          )}
          <Button
            priority="secondary"
            onClick={() => update((cv) => ({ ...cv, target: { ...cv.target, appellation: null } }))}
          >
            {t('cv.cible.change')}
          </Button>
        </div>
      ) : (
        <>
          <TextInput
            id="cv-job"
            label={t('cv.cible.job')}
            hint={t('cv.cible.jobHint')}
            error={errors.errorOf('target.appellation')}
            value={jobQuery}
            onChange={setJobQuery}
            inputProps={{ autoComplete: 'off', type: 'search' }}
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
        inputProps={{ autoComplete: 'off', type: 'search' }}
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
                  update((cv) => ({
                    ...cv,
                    target: {
                      ...cv.target,
                      places: cv.target.places.some(
                        (p) => p.code === place.code && p.kind === place.kind,
                      )
                        ? cv.target.places
                        : [...cv.target.places, place].slice(0, 10),
                    },
                  }));
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
                  update((cv) => ({
                    ...cv,
                    target: { ...cv.target, places: cv.target.places.filter((p) => p !== place) },
                  }))
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
          update((cv) => ({
            ...cv,
            target: { ...cv.target, contracts: toggled(cv.target.contracts, value, on) },
          }))
        }
      />
      <Choices
        name="cv-working-times"
        legend={t('cv.cible.workingTimes')}
        type="checkbox"
        choices={workingTimes.map((w) => ({ value: w, label: t(`cv.workingTime.${w}`) }))}
        selected={draft.target.workingTimes}
        onToggle={(value, on) =>
          update((cv) => ({
            ...cv,
            target: { ...cv.target, workingTimes: toggled(cv.target.workingTimes, value, on) },
          }))
        }
      />
      <p className="fr-text--xs">{t('cv.cible.source')}</p>
    </div>
  );
}

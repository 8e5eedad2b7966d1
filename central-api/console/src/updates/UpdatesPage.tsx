import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useCallback, useEffect, useState } from 'react';
import { StaffApiError, useStaffApi } from '../api';
import { fr } from '../i18n/fr';
import { RolloutForm } from './RolloutForm';
import type { UpdatesOverview } from './types';
import { UploadReleaseForm } from './UploadReleaseForm';
import styles from './UpdatesPage.module.css';

const day = (iso: string) =>
  new Date(iso).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

/**
 * IT's « Mises à jour »: which versions the terminals run (from their heartbeats), the rollout in
 * force and its form, publishing a release, and the releases published.
 */
export function UpdatesPage() {
  const api = useStaffApi();
  const [overview, setOverview] = useState<UpdatesOverview>();
  const [problem, setProblem] = useState<string>();

  const load = useCallback(
    () =>
      api.get<UpdatesOverview>('/v1/staff/updates').then(
        (value) => {
          setOverview(value);
          setProblem(undefined);
        },
        (error: unknown) => {
          if (!(error instanceof StaffApiError)) throw error;
          setProblem(error.message);
        },
      ),
    [api],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const reload = () => void load();

  const rollout = overview?.rollout;
  const where = rollout?.agencyCodes
    ? rollout.agencyCodes
        .map((code) => overview?.agencies.find((a) => a.code === code)?.nom ?? code)
        .join(', ')
    : fr.updates.rolloutAllAgencies.toLowerCase();

  return (
    <div className={styles.page}>
      <p>{fr.updates.intro}</p>
      {problem && <Alert severity="error" small description={problem} className="fr-mb-2w" />}
      {overview && (
        <>
          <section className={styles.section} aria-labelledby="maj-versions">
            <h2 id="maj-versions">{fr.updates.versionsTitle}</h2>
            {overview.versions.length === 0 ? (
              <p>{fr.updates.versionsEmpty}</p>
            ) : (
              <Table
                noCaption
                caption={fr.updates.versionsTitle}
                headers={[fr.updates.version, fr.updates.terminals]}
                data={overview.versions.map((v) => [
                  v.version,
                  fr.updates.terminalCount(v.terminals),
                ])}
              />
            )}
          </section>
          <section className={styles.section} aria-labelledby="maj-publier">
            <h2 id="maj-publier">{fr.updates.uploadTitle}</h2>
            <UploadReleaseForm onUploaded={reload} />
          </section>
          <section className={styles.section} aria-labelledby="maj-diffusion">
            <h2 id="maj-diffusion">{fr.updates.rolloutTitle}</h2>
            <p>
              {rollout
                ? fr.updates.rolloutNow(
                    rollout.version,
                    rollout.percentage,
                    where,
                    rollout.terminalsOffered,
                  )
                : fr.updates.rolloutNone}
            </p>
            {overview.releases.length > 0 && <RolloutForm overview={overview} onSaved={reload} />}
          </section>
          <section className={styles.section} aria-labelledby="maj-publiees">
            <h2 id="maj-publiees">{fr.updates.releasesTitle}</h2>
            {overview.releases.length === 0 ? (
              <p>{fr.updates.releasesEmpty}</p>
            ) : (
              <Table
                noCaption
                caption={fr.updates.releasesTitle}
                headers={[
                  fr.updates.version,
                  fr.updates.platform,
                  fr.updates.size,
                  fr.updates.uploadedAt,
                ]}
                data={overview.releases.map((r) => [
                  r.version,
                  fr.updates.platforms[r.platform],
                  fr.updates.megabytes(r.size),
                  day(r.uploadedAt),
                ])}
              />
            )}
          </section>
        </>
      )}
    </div>
  );
}

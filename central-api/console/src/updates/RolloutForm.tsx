import { zodResolver } from '@hookform/resolvers/zod';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { StaffApiError, useStaffApi } from '../api';
import { fr } from '../i18n/fr';
import type { RolloutRequest, UpdatesOverview } from './types';

const schema = z
  .object({
    version: z.string().min(1, fr.updates.rolloutVersionRequired),
    percentage: z
      .string()
      .trim()
      .regex(/^(100|[1-9]?\d)$/, fr.updates.rolloutPercentageInvalid),
    everywhere: z.boolean(),
    agencies: z.array(z.string()),
  })
  .refine((v) => v.everywhere || v.agencies.length > 0, {
    path: ['agencies'],
    message: fr.updates.rolloutAgenciesRequired,
  });
type Values = z.infer<typeof schema>;

/**
 * The staged rollout: which version, to what share of the terminals, in which agencies. The form
 * starts from the rollout in force, so raising the share is changing one number.
 */
export function RolloutForm({ overview, onSaved }: { overview: UpdatesOverview; onSaved(): void }) {
  const api = useStaffApi();
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState(false);
  const current = overview.rollout;
  const versions = [...new Set(overview.releases.map((r) => r.version))];
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      version: current?.version ?? '',
      percentage: String(current?.percentage ?? 5),
      everywhere: current ? current.agencyCodes === null : true,
      agencies: current?.agencyCodes ?? [],
    },
  });
  const everywhere = useWatch({ control, name: 'everywhere' });

  const submit = handleSubmit(async (values) => {
    setProblem(undefined);
    setDone(false);
    const body: RolloutRequest = {
      version: values.version,
      percentage: Number(values.percentage),
      agencyCodes: values.everywhere ? null : values.agencies,
    };
    try {
      await api.put('/v1/staff/updates/rollout', body);
      setDone(true);
      onSaved();
    } catch (error) {
      if (!(error instanceof StaffApiError)) throw error;
      setProblem(error.message);
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {problem && <Alert severity="error" small description={problem} className="fr-mb-2w" />}
      {done && (
        <Alert
          severity="success"
          small
          description={fr.updates.rolloutSaved}
          className="fr-mb-2w"
        />
      )}
      <Select
        label={fr.updates.rolloutVersion}
        state={errors.version ? 'error' : 'default'}
        stateRelatedMessage={errors.version?.message}
        nativeSelectProps={{ ...register('version') }}
      >
        <option value="" disabled>
          {fr.updates.rolloutVersionPick}
        </option>
        {versions.map((version) => (
          <option key={version} value={version}>
            {version}
          </option>
        ))}
      </Select>
      <Input
        label={fr.updates.rolloutPercentage}
        hintText={fr.updates.rolloutPercentageHint}
        state={errors.percentage ? 'error' : 'default'}
        stateRelatedMessage={errors.percentage?.message}
        nativeInputProps={{
          ...register('percentage'),
          inputMode: 'numeric',
          'aria-invalid': errors.percentage ? true : undefined,
        }}
      />
      <Checkbox
        legend={fr.updates.rolloutAgencies}
        state={errors.agencies ? 'error' : 'default'}
        stateRelatedMessage={errors.agencies?.message}
        options={[
          {
            label: fr.updates.rolloutAllAgencies,
            nativeInputProps: { ...register('everywhere') },
          },
          ...overview.agencies.map((agency) => ({
            label: agency.nom,
            nativeInputProps: {
              ...register('agencies'),
              value: agency.code,
              disabled: everywhere,
            },
          })),
        ]}
      />
      <Button type="submit" disabled={isSubmitting}>
        {fr.updates.rolloutSubmit}
      </Button>
    </form>
  );
}

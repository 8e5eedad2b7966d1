import { zodResolver } from '@hookform/resolvers/zod';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { StaffApiError, useStaffApi } from '../api';
import { fr } from '../i18n/fr';
import type { Release } from './types';

/** An installer is at most 600 MB on the central API; said here before sending it for nothing. */
const MAX_BYTES = 600 * 1024 * 1024;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/;

const schema = z.object({
  platform: z.enum(['win', 'linux']),
  version: z.string().trim().regex(SEMVER, fr.updates.uploadVersionInvalid),
  file: z
    .custom<FileList>()
    .refine(
      (files) => files instanceof FileList && files.length === 1,
      fr.updates.uploadFileRequired,
    )
    .refine((files) => !(files?.[0] && files[0].size > MAX_BYTES), fr.updates.uploadFileTooLarge),
});
type Values = z.infer<typeof schema>;

/**
 * Publishing a release: the platform, its version and the installer, sent as is (the server names
 * the file and computes its sha512). A wrong version or a file already published under another
 * content is said beside the field; what was chosen stays.
 */
export function UploadReleaseForm({ onUploaded }: { onUploaded(release: Release): void }) {
  const api = useStaffApi();
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { platform: 'win', version: '' },
  });

  const submit = handleSubmit(async ({ platform, version, file }) => {
    setProblem(undefined);
    setDone(undefined);
    try {
      const release = await api.put<Release>(
        `/v1/staff/releases/${platform}/${encodeURIComponent(version)}`,
        file[0],
      );
      setDone(fr.updates.uploaded(release.version));
      onUploaded(release);
    } catch (error) {
      if (!(error instanceof StaffApiError)) throw error;
      if (error.code === 'release_exists')
        setError('file', { message: fr.updates.uploadExists }, { shouldFocus: true });
      else if (error.status === 400)
        setError('version', { message: fr.updates.uploadVersionInvalid }, { shouldFocus: true });
      else if (error.status === 413)
        setError('file', { message: fr.updates.uploadFileTooLarge }, { shouldFocus: true });
      else setProblem(error.message);
    }
  });

  return (
    <form
      onSubmit={(event) => {
        // A new attempt: the last success no longer describes what is on the form.
        setDone(undefined);
        void submit(event);
      }}
      noValidate
    >
      {problem && <Alert severity="error" small description={problem} className="fr-mb-2w" />}
      {done && <Alert severity="success" small description={done} className="fr-mb-2w" />}
      <RadioButtons
        legend={fr.updates.uploadPlatform}
        orientation="horizontal"
        options={[
          {
            label: fr.updates.uploadWindows,
            nativeInputProps: { ...register('platform'), value: 'win' },
          },
          {
            label: fr.updates.uploadLinux,
            nativeInputProps: { ...register('platform'), value: 'linux' },
          },
        ]}
      />
      <Input
        label={fr.updates.uploadVersion}
        hintText={fr.updates.uploadVersionHint}
        state={errors.version ? 'error' : 'default'}
        stateRelatedMessage={errors.version?.message}
        nativeInputProps={{
          ...register('version'),
          inputMode: 'decimal',
          autoComplete: 'off',
          spellCheck: false,
          'aria-invalid': errors.version ? true : undefined,
        }}
      />
      <Upload
        label={fr.updates.uploadFile}
        hint={fr.updates.uploadFileHint}
        state={errors.file ? 'error' : 'default'}
        stateRelatedMessage={errors.file?.message}
        className="fr-mb-3w"
        nativeInputProps={{
          ...register('file'),
          accept: '.exe,.AppImage',
          'aria-invalid': errors.file ? true : undefined,
        }}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? fr.updates.uploadSending : fr.updates.uploadSubmit}
      </Button>
    </form>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commune } from '../../../shared/domain/communes';
import { isFrenchPostalCode } from '../../../shared/domain/postalCode';
import { useKioskApi } from '../../bridge';
import { Select, TextInput } from '../../ui';

interface Props {
  codePostalId: string;
  communeId: string;
  codePostal: string;
  commune: Commune | null;
  onChange(codePostal: string, commune: Commune | null): void;
  codePostalLabel: string;
  codePostalError?: string;
  communeError?: string;
}

/**
 * Code postal → commune from the official geography: one commune is filled in; several are offered
 * in a list; an unknown code says so next to the field. Looked up as soon as 5 digits are typed.
 */
export function CommuneField({
  codePostalId,
  communeId,
  codePostal,
  commune,
  onChange,
  codePostalLabel,
  codePostalError,
  communeError,
}: Props) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const [choices, setChoices] = useState<Commune[]>(commune ? [commune] : []);
  const [unknown, setUnknown] = useState(false);

  const lookup = async (code: string) => {
    const result = await api.call('communes.byPostalCode', { codePostal: code });
    if (!result.ok) return;
    setUnknown(result.value.status === 'unknown');
    setChoices(result.value.communes);
    onChange(code, result.value.communes.length === 1 ? (result.value.communes[0] ?? null) : null);
  };

  const codeError = codePostalError ?? (unknown ? t('account.errors.communesUnknown') : undefined);
  return (
    <>
      <TextInput
        id={codePostalId}
        label={codePostalLabel}
        error={codeError}
        value={codePostal}
        onChange={(value) => {
          const code = value.trim();
          setUnknown(false);
          setChoices([]);
          onChange(value, null);
          if (isFrenchPostalCode(code)) void lookup(code);
        }}
        inputProps={{ inputMode: 'numeric', maxLength: 5, autoComplete: 'off' }}
      />
      {choices.length === 1 && commune && (
        <p id={communeId} tabIndex={-1} className="fr-text--sm" aria-live="polite">
          {t('account.registration.coordonnees.communeFilled', { nom: commune.nom })}
        </p>
      )}
      {choices.length > 1 && (
        <Select
          id={communeId}
          label={t('account.registration.coordonnees.commune')}
          hint={t('account.registration.coordonnees.communesHint')}
          error={communeError}
          placeholder={t('account.registration.select')}
          value={commune?.code ?? ''}
          options={choices.map((c) => ({ value: c.code, label: c.nom }))}
          onChange={(code) => onChange(codePostal, choices.find((c) => c.code === code) ?? null)}
        />
      )}
      {choices.length === 0 && communeError && !codeError && (
        <p id={communeId} tabIndex={-1} className="fr-error-text">
          {communeError}
        </p>
      )}
    </>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commune } from '../../../shared/domain/communes';
import { isFrenchPostalCode } from '../../../shared/domain/postalCode';
import { useKioskApi, useKioskQuery } from '../../bridge';
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
  /**
   * The code postal is already known (given with the access codes): it is shown as this text,
   * not asked again, and its communes are looked up at once.
   */
  knownCodePostalText?: string;
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
  knownCodePostalText,
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

  // A known code postal does not change on this screen: its communes are asked once.
  const known = knownCodePostalText !== undefined;
  const knownLookup = useKioskQuery(
    'communes.byPostalCode',
    known ? { codePostal: codePostal.trim() } : null,
  );
  const knownFound = knownLookup.result?.ok ? knownLookup.result.value : null;
  const only = knownFound?.communes.length === 1 ? knownFound.communes[0] : undefined;
  useEffect(() => {
    if (only && commune?.code !== only.code) onChange(codePostal, only);
  }, [only, commune, codePostal, onChange]);
  const list = known ? (knownFound?.communes ?? (commune ? [commune] : [])) : choices;
  const isUnknown = known ? knownFound?.status === 'unknown' : unknown;

  const codeError =
    codePostalError ?? (isUnknown ? t('account.errors.communesUnknown') : undefined);
  return (
    <>
      {known ? (
        <>
          <p id={codePostalId} tabIndex={-1} className="fr-mb-2w">
            {knownCodePostalText}
          </p>
          {codeError && <p className="fr-error-text fr-mb-2w">{codeError}</p>}
        </>
      ) : (
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
      )}
      {list.length === 1 && commune && (
        <p id={communeId} tabIndex={-1} className="fr-text--sm" aria-live="polite">
          {t('account.registration.coordonnees.communeFilled', { nom: commune.nom })}
        </p>
      )}
      {list.length > 1 && (
        <Select
          id={communeId}
          label={t('account.registration.coordonnees.commune')}
          hint={t('account.registration.coordonnees.communesHint')}
          error={communeError}
          placeholder={t('account.registration.select')}
          value={commune?.code ?? ''}
          options={list.map((c) => ({ value: c.code, label: c.nom }))}
          onChange={(code) => onChange(codePostal, list.find((c) => c.code === code) ?? null)}
        />
      )}
      {list.length === 0 && communeError && !codeError && (
        <p id={communeId} tabIndex={-1} className="fr-error-text">
          {communeError}
        </p>
      )}
    </>
  );
}

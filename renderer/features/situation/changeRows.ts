import type { TFunction } from 'i18next';
import type { SituationChange } from '../../../shared/domain/situation';
import type { ReviewRows } from '../../ui';

const day = (iso: string) => iso.split('-').reverse().join('/');

/** What was declared, as the review and the receipt on screen read it back. */
export function changeRows(change: SituationChange, t: TFunction): ReviewRows {
  const rows: [string, string][] = [
    [
      change.kind === 'repriseEmploi'
        ? t('situation.fields.dateReprise')
        : change.kind === 'demenagement'
          ? t('situation.fields.dateDemenagement')
          : t('situation.fields.premierJour'),
      day(change.dateDebut),
    ],
  ];
  if (change.dateFin) rows.push([t('situation.fields.dernierJour'), day(change.dateFin)]);
  if (change.employeur) rows.push([t('situation.fields.employeur'), change.employeur]);
  if (change.contrat)
    rows.push([t('situation.fields.contrat'), t(`situation.contrats.${change.contrat}`)]);
  if (change.organisme) rows.push([t('situation.fields.organisme'), change.organisme]);
  if (change.commune)
    rows.push([t('situation.fields.commune'), `${change.codePostal ?? ''} ${change.commune.nom}`]);
  return rows;
}

import type { ServiceTileProps } from '../../ui';
import type { ScreenId } from '../../../shared/contract';
/** The espace personnel's services, in the order users look for them; each tile opens its screen. */
export const services = [
  'actualisation',
  'paiements',
  'echanges',
  'documents',
  'attestations',
  'situation',
  'historique',
  'cv',
  'offres',
  'profil',
  'cle',
] as const;
export type ServiceId = (typeof services)[number];

/** Services that have a screen already; the others still show "Bientôt". */
export const serviceScreens: Partial<Record<ServiceId, ScreenId>> = {
  paiements: 'paiements',
  attestations: 'attestations',
  echanges: 'exchanges',
  documents: 'documents',
  cv: 'cv',
  offres: 'offres',
  cle: 'securityKey',
  situation: 'situation',
  historique: 'history',
  profil: 'profil',
};

/** Each service's pictogram, shown beside its title (never instead of it). */
export const serviceIcons: Record<ServiceId, NonNullable<ServiceTileProps['icon']>> = {
  actualisation: 'fr-icon-calendar-check-line',
  paiements: 'fr-icon-money-euro-circle-line',
  attestations: 'fr-icon-pass-valid-line',
  echanges: 'fr-icon-mail-line',
  documents: 'fr-icon-send-plane-line',
  cv: 'fr-icon-briefcase-line',
  offres: 'fr-icon-search-line',
  cle: 'fr-icon-fingerprint-line',
  situation: 'fr-icon-refresh-line',
  historique: 'fr-icon-time-line',
  profil: 'fr-icon-account-circle-line',
};

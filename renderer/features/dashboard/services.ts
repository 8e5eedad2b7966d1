import type { ScreenId } from '../../../shared/contract';
/** The espace personnel's services, in the order users look for them; each tile opens its screen. */
export const services = ['actualisation', 'echanges', 'documents', 'cv', 'cle'] as const;
export type ServiceId = (typeof services)[number];

/** Services that have a screen already; the others still show "Bientôt". */
export const serviceScreens: Partial<Record<ServiceId, ScreenId>> = {
  echanges: 'exchanges',
  documents: 'documents',
  cv: 'cv',
  cle: 'securityKey',
};

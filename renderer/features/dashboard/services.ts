import type { ScreenId } from '../../../shared/contract';

/** The espace personnel's services, in the order users look for them. */
export const services = ['actualisation', 'echanges', 'documents', 'cv', 'cle'] as const;
export type ServiceId = (typeof services)[number];

/** The screen of each service that is available on the kiosk; the others show "Bientôt". */
export const serviceScreens: Partial<Record<ServiceId, ScreenId>> = { cv: 'cv' };

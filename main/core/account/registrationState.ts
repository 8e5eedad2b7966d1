import type { Visit } from '../visit/visitManager';

/**
 * What main keeps about the visit's registration, in memory only and keyed by the visit object: it
 * goes when the visit goes. The sections themselves live on the central API (the draft); the names
 * are kept for the receipt, never the NIR.
 */
export interface RegistrationState {
  reference: string;
  identifiant: string;
  prenoms?: string;
  nom?: string;
  email?: string;
  submitted: boolean;
  appointment?: { startsAt: string; agence: string; adresse: string };
}

const states = new WeakMap<Visit, RegistrationState>();

export const registrationOf = (visit: Visit): RegistrationState | undefined => states.get(visit);
export const setRegistration = (visit: Visit, state: RegistrationState): void => {
  states.set(visit, state);
};

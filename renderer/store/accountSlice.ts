import type { StateCreator } from 'zustand';
import type {
  AccessCodes,
  Coordonnees,
  IdentiteDraft,
  SituationDraft,
} from '../../shared/domain/registration';
import type { KioskState } from './index';

export const registrationSteps = [
  'codes',
  'identite',
  'coordonnees',
  'situation',
  'review',
] as const;
export type RegistrationStep = (typeof registrationSteps)[number] | 'confirmation';

export interface RegistrationValues {
  codes: AccessCodes;
  identite: IdentiteDraft;
  coordonnees: Coordonnees;
  situation: SituationDraft;
}

/**
 * The registration in progress (what the user typed, in memory only; the draft itself is on the
 * central API) and the last sign-in lockout. Reset at the end of every visit with the rest.
 */
export interface AccountData {
  registration: {
    step: RegistrationStep;
    values: RegistrationValues;
    reference: string | null;
    /** Set when "Modifier" was used on the review: the step's button goes back to the review. */
    editingFromReview: boolean;
    submittedStatus: 'sent' | 'queued' | null;
    draftStatus: 'sent' | 'queued' | null;
  };
}

export interface AccountSlice extends AccountData {
  setRegistrationValues<K extends keyof RegistrationValues>(
    section: K,
    values: RegistrationValues[K],
  ): void;
  registrationStep(step: RegistrationStep, editingFromReview?: boolean): void;
  registrationOpened(reference: string, draft?: Partial<RegistrationValues>): void;
  registrationSaved(status: 'sent' | 'queued'): void;
  registrationSubmitted(status: 'sent' | 'queued'): void;
}

export const emptyRegistration: RegistrationValues = {
  codes: {
    identifiant: '',
    motDePasse: '',
    confirmation: '',
    codePostal: '',
    questionSecrete: '',
    reponseSecrete: '',
  },
  identite: {
    civilite: '',
    nomNaissance: '',
    nomUsage: '',
    prenoms: '',
    sansNir: false,
    nir: '',
    dateNaissance: '',
    paysNaissance: 'FRANCE',
    communeNaissance: null,
  },
  coordonnees: {
    adresse: '',
    complement: '',
    codePostal: '',
    commune: null,
    email: '',
    emailConfirmation: '',
    telephonePortable: '',
    telephoneFixe: '',
  },
  situation: {
    dejaInscrit: null,
    identifiantDemandeur: '',
    situationProfessionnelle: '',
    qualification: '',
    cgu: false,
    emailsFranceTravail: false,
  },
};

export const initialAccount: AccountData = {
  registration: {
    step: 'codes',
    values: emptyRegistration,
    reference: null,
    editingFromReview: false,
    submittedStatus: null,
    draftStatus: null,
  },
};

export const createAccountSlice: StateCreator<KioskState, [], [], AccountSlice> = (set) => ({
  ...initialAccount,
  setRegistrationValues: (section, values) =>
    set((s) => ({
      registration: {
        ...s.registration,
        values: { ...s.registration.values, [section]: values },
      },
    })),
  registrationStep: (step, editingFromReview = false) =>
    set((s) => ({ registration: { ...s.registration, step, editingFromReview } })),
  registrationOpened: (reference, draft = {}) =>
    set((s) => {
      const values = { ...s.registration.values };
      if (draft.identite) values.identite = { ...values.identite, ...draft.identite };
      if (draft.coordonnees) values.coordonnees = { ...values.coordonnees, ...draft.coordonnees };
      if (draft.situation) values.situation = { ...values.situation, ...draft.situation };
      // Resume at the first section not saved yet; all saved: the review.
      const step: RegistrationStep = !draft.identite
        ? 'identite'
        : !draft.coordonnees
          ? 'coordonnees'
          : !draft.situation
            ? 'situation'
            : 'review';
      return { registration: { ...s.registration, values, reference, step } };
    }),
  registrationSaved: (draftStatus) =>
    set((s) => ({ registration: { ...s.registration, draftStatus } })),
  registrationSubmitted: (submittedStatus) =>
    set((s) => ({
      registration: { ...s.registration, submittedStatus, step: 'confirmation' },
    })),
});

import type {
  AntiRobotChallenge,
  ParticulierCoordonnees,
  ParticulierEtatCivilDraft,
  ParticulierSecurite,
  ParticulierStep,
} from '../../../../shared/domain/particulier';

export interface ParticulierValues {
  etatCivil: ParticulierEtatCivilDraft;
  coordonnees: ParticulierCoordonnees;
  securite: ParticulierSecurite;
  cgu: boolean;
}
export type Section = 'etatCivil' | 'coordonnees' | 'securite';
export type Screen = ParticulierStep | 'review' | 'confirmation';
export const stepperSteps = ['etatCivil', 'coordonnees', 'securite', 'controle', 'review'] as const;

export const emptyValues: ParticulierValues = {
  etatCivil: {
    civilite: '',
    nomNaissance: '',
    nomUsage: '',
    prenom: '',
    nir: '',
    dateNaissance: '',
    paysNaissance: 'FRANCE',
    communeNaissance: null,
  },
  coordonnees: {
    codePostal: '',
    commune: null,
    voie: '',
    complement: '',
    email: '',
    emailConfirmation: '',
    telephone1: '',
    telephone2: '',
    emailsFranceTravail: false,
  },
  securite: { questionSecrete: '', reponseSecrete: '' },
  cgu: false,
};

/** What each step gets from the screen: its values, where to go, errors sent back by the API. */
export interface StepProps<S extends Section> {
  values: ParticulierValues[S];
  patch(partial: Partial<ParticulierValues[S]>): void;
  /** Field → catalogue key, e.g. a NIR the central API refused after the review. */
  initialErrors: Record<string, string>;
  done(): void;
  previous?: () => void;
  editingFromReview: boolean;
}

export interface ControleState {
  challenge: AntiRobotChallenge | null;
  passed: boolean;
}

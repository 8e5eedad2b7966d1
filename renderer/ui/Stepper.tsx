import { Stepper as DsfrStepper } from '@codegouvfr/react-dsfr/Stepper';

export interface StepperProps {
  /** 1 for the first step. */
  currentStep: number;
  stepCount: number;
  /** The current step's name. */
  title: string;
  /** The next step's name; absent on the last step. */
  nextTitle?: string;
  /** "Étape 2 sur 5", translated by the feature. */
  progressText: (position: { currentStep: number; stepCount: number }) => string;
  /** The words before the next step's name ("Étape suivante :"). */
  nextStepText: string;
}

/** Where the user is in a guided flow: the step's name, its number, and what comes next. */
export function Stepper(props: StepperProps) {
  return <DsfrStepper {...props} />;
}

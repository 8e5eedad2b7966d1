import { Stepper as DsfrStepper } from '@codegouvfr/react-dsfr/Stepper';

export interface StepperProps {
  steps: readonly string[];
  current: string;
  /** The step's title, in the chosen language. */
  titleOf(step: string): string;
  /** "Étape 2 sur 5". */
  progress(current: number, total: number): string;
  /** "Étape suivante :". */
  nextStepText: string;
}

/** The progress of a step form (registration, particulier employeur): this step and the next. */
export function Stepper({ steps, current, titleOf, progress, nextStepText }: StepperProps) {
  const index = steps.indexOf(current);
  const next = steps[index + 1];
  return (
    <DsfrStepper
      currentStep={index + 1}
      stepCount={steps.length}
      title={titleOf(current)}
      nextTitle={next ? titleOf(next) : undefined}
      progressText={({ currentStep, stepCount }) => progress(currentStep, stepCount)}
      nextStepText={nextStepText}
    />
  );
}

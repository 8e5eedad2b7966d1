import { SubStepHeading } from './SubStepHeading';

export interface StepperProps {
  steps: readonly string[];
  current: string;
  /** The step's title, in the chosen language. */
  titleOf(step: string): string;
  /** "Étape 2 sur 5". */
  progress(current: number, total: number): string;
  /** "Étape suivante :". */
  nextStepText: string;
  /**
   * Where the person is inside the step, when the step has parts of its own (the CV's
   * informations): the page title says it, and a new part takes the focus like a new step.
   */
  where?: string;
}

/**
 * The progress of a step form (registration, particulier employeur, CV): this step and the next.
 * The design system's stepper markup, its title being the step's SubStepHeading: each step takes
 * the focus and names itself in the page title.
 */
export function Stepper({ steps, current, titleOf, progress, nextStepText, where }: StepperProps) {
  const index = steps.indexOf(current);
  const next = steps[index + 1];
  const title = titleOf(current);
  return (
    <div className="fr-stepper">
      <SubStepHeading key={where ?? current} className="fr-stepper__title" title={where ?? title}>
        {title}
        <span className="fr-stepper__state">{progress(index + 1, steps.length)}</span>
      </SubStepHeading>
      <div
        className="fr-stepper__steps"
        data-fr-current-step={index + 1}
        data-fr-steps={steps.length}
      />
      {next && (
        <p className="fr-stepper__details">
          <span className="fr-text--bold">{nextStepText}</span> {titleOf(next)}
        </p>
      )}
    </div>
  );
}

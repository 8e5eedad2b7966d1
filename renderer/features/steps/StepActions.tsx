import { Button } from '../../ui';
import { useEndVisit } from '../visit';

export interface StepActionsProps {
  /** The flow's words for `next`, `backToReview`, `previous` and `abandon`. */
  text(key: 'next' | 'backToReview' | 'previous' | 'abandon'): string;
  /** The step was opened by "Modifier": its button goes back to the review, nothing else shows. */
  editingFromReview: boolean;
  /** Absent on the flow's first step. */
  previous?: () => void;
  /** While the step is being saved or checked: a second press does nothing. */
  busy?: boolean;
}

/** Under every step of a step form: "Enregistrer et continuer", "Étape précédente", "Abandonner". */
export function StepActions({ text, editingFromReview, previous, busy = false }: StepActionsProps) {
  const endVisit = useEndVisit();
  return (
    <div className="kiosk-form-actions kiosk-form-actions--step">
      <Button type="submit" nativeProps={{ 'aria-disabled': busy || undefined }}>
        {editingFromReview ? text('backToReview') : text('next')}
      </Button>
      {previous && !editingFromReview && (
        <Button priority="secondary" onClick={previous}>
          {text('previous')}
        </Button>
      )}
      <Button priority="tertiary" onClick={() => void endVisit()}>
        {text('abandon')}
      </Button>
    </div>
  );
}

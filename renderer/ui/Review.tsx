import type { ReactNode } from 'react';
import { Button } from './Button';

/** [label, value] pairs, as a review screen reads them back. */
export type ReviewRows = readonly (readonly [label: string, value: ReactNode])[];

/** What was entered, read back as a description list (a screen reader says "label: value"). */
export function ReviewList({ rows }: { rows: ReviewRows }) {
  return (
    <dl className="kiosk-review__list">
      {rows.map(([label, value]) => (
        <div key={label} className="kiosk-review__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface ReviewSectionProps {
  /** Unique on the screen: names the section through its heading. */
  id: string;
  title: string;
  rows: ReviewRows;
  /** "Modifier …", naming the section for a screen reader that lists the buttons. */
  modifyLabel: string;
  onModify(): void;
}

/** One step of a guided form read back before sending, with its "Modifier" button. */
export function ReviewSection({ id, title, rows, modifyLabel, onModify }: ReviewSectionProps) {
  return (
    <section className="kiosk-review" aria-labelledby={id}>
      <h2 id={id} className="fr-h5">
        {title}
      </h2>
      <ReviewList rows={rows} />
      <Button priority="secondary" icon="fr-icon-edit-line" onClick={onModify}>
        {modifyLabel}
      </Button>
    </section>
  );
}

import type { KeyboardEvent, ReactNode } from 'react';
import { Button, TextInput } from '../../ui';
import styles from './offres.module.css';

/** Enter in a search-as-you-type field must not send the form. */
const keepEnter = (event: KeyboardEvent<HTMLInputElement>) => {
  if (event.key === 'Enter') event.preventDefault();
};

export interface SuggestProps<T> {
  id: string;
  label: string;
  hint: string;
  error?: string;
  query: string;
  onQuery(query: string): void;
  /** null: nothing asked yet (under 2 characters). */
  hits: T[] | null;
  hitKey(hit: T): string;
  renderHit(hit: T): ReactNode;
  onChoose(hit: T): void;
  resultsLabel: string;
  noneText: string;
  chosen: string | null;
  changeLabel: string;
  onChange(): void;
}

/** A field that suggests as the person types; a touch on a suggestion chooses it. */
export function Suggest<T>(props: SuggestProps<T>) {
  if (props.chosen !== null) {
    return (
      <div className={styles.chosen}>
        <p id={props.id}>{props.chosen}</p>
        <Button priority="secondary" onClick={props.onChange}>
          {props.changeLabel}
        </Button>
      </div>
    );
  }
  return (
    <div className={styles.field}>
      <TextInput
        id={props.id}
        label={props.label}
        hint={props.hint}
        error={props.error}
        value={props.query}
        onChange={props.onQuery}
        inputProps={{ autoComplete: 'off', type: 'search', onKeyDown: keepEnter }}
      />
      {props.hits && (
        <div role="region" aria-label={props.resultsLabel} aria-live="polite">
          {props.hits.length === 0 ? (
            <p>{props.noneText}</p>
          ) : (
            <ul className={styles.suggestions}>
              {props.hits.map((hit) => (
                <li key={props.hitKey(hit)}>
                  <button
                    type="button"
                    className={styles.suggestion}
                    onClick={() => props.onChoose(hit)}
                  >
                    {props.renderHit(hit)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

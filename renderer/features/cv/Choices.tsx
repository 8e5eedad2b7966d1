import type { ReactNode } from 'react';
import styles from './cv.module.css';

export interface Choice<V extends string | number> {
  value: V;
  label: string;
}

/**
 * A fieldset of check boxes or radio buttons in the design system's style, with 44 px rows.
 * `selected` holds the checked values (one for radios). `columns`: a long list (the job's skills,
 * every permis) in two columns of tighter rows where the screen is wide enough.
 */
export function Choices<V extends string | number>({
  name,
  legend,
  type,
  choices,
  selected,
  onToggle,
  error,
  hint,
  columns = false,
}: {
  name: string;
  legend: ReactNode;
  type: 'checkbox' | 'radio';
  choices: readonly Choice<V>[];
  selected: readonly V[];
  onToggle(value: V, checked: boolean): void;
  error?: string;
  hint?: string;
  columns?: boolean;
}) {
  const group = type === 'checkbox' ? 'fr-checkbox-group' : 'fr-radio-group';
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={`fr-fieldset ${styles.choices}${columns ? ` ${styles.columns}` : ''}${error ? ' fr-fieldset--error' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="fr-fieldset__legend">
        {legend}
        {hint && <span className="fr-hint-text">{hint}</span>}
      </legend>
      {choices.map((choice, index) => {
        const id = `${name}-${index}`;
        return (
          <div key={id} className="fr-fieldset__element">
            <div className={group}>
              <input
                type={type}
                id={id}
                name={name}
                checked={selected.includes(choice.value)}
                onChange={(event) => onToggle(choice.value, event.target.checked)}
              />
              <label className="fr-label" htmlFor={id}>
                {choice.label}
              </label>
            </div>
          </div>
        );
      })}
      {error && (
        <p id={errorId} className="fr-error-text">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Adds or removes `value` in a list, keeping the list's order. */
export function toggled<V>(list: readonly V[], value: V, on: boolean): V[] {
  return on
    ? list.includes(value)
      ? [...list]
      : [...list, value]
    : list.filter((v) => v !== value);
}

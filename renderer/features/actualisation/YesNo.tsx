import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './actualisation.module.css';

export interface YesNoProps {
  /** The group's id: a form moves the focus to its tab stop when no answer is chosen. */
  id?: string;
  /** Id of the question's heading, which names the group. */
  labelledBy: string;
  value: boolean | undefined;
  onChange(value: boolean): void;
  errorId?: string;
  invalid?: boolean;
}

/**
 * "Oui" / "Non" as two large buttons with radio semantics: a screen reader hears a group of two
 * radio buttons named by the question; arrows move and select, as in any radio group.
 */
export function YesNo({ id, labelledBy, value, onChange, errorId, invalid }: YesNoProps) {
  const { t } = useTranslation();
  const refs = [useRef<HTMLButtonElement>(null), useRef<HTMLButtonElement>(null)];
  const options = [true, false] as const;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.key)) return;
    event.preventDefault();
    // Two options: any arrow moves to the other one and selects it, as in a native radio group.
    const fromOui = event.target === refs[0]?.current;
    onChange(!fromOui);
    refs[fromOui ? 1 : 0]?.current?.focus();
  };
  return (
    <div
      id={id}
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-describedby={errorId}
      aria-invalid={invalid || undefined}
      className={styles.yesNo}
      onKeyDown={onKeyDown}
    >
      {options.map((option, i) => {
        const checked = value === option;
        // Roving tab stop: the chosen answer, or "Oui" when none is chosen yet.
        const tabbable = value === undefined ? option : checked;
        return (
          <button
            key={String(option)}
            ref={refs[i]}
            type="button"
            role="radio"
            aria-checked={checked}
            tabIndex={tabbable ? 0 : -1}
            className={checked ? `${styles.option} ${styles.checked}` : styles.option}
            onClick={() => onChange(option)}
          >
            {/* Decorative: the word beside it is the answer's name. */}
            <span
              className={`${option ? 'fr-icon-check-line' : 'fr-icon-close-line'} ${styles.optionIcon}`}
              aria-hidden="true"
            />
            {option ? t('actualisation.yes') : t('actualisation.no')}
          </button>
        );
      })}
    </div>
  );
}

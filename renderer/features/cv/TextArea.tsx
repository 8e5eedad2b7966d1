/** A labelled multi-line field in the design system's style. */
export function TextArea({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  maxLength,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  maxLength: number;
}) {
  return (
    <div className={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
        {hint && <span className="fr-hint-text">{hint}</span>}
      </label>
      <textarea
        className="fr-input"
        id={id}
        rows={3}
        value={value}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="fr-error-text">
          {error}
        </p>
      )}
    </div>
  );
}

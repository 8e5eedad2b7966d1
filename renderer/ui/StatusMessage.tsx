export interface StatusMessageProps {
  /** Nothing to say: the live region stays in the page, empty, so later changes are announced. */
  message?: string;
  tone?: 'info' | 'error' | 'success';
}

/** A polite live region (role=status) showing a short outcome message in the design system's style. */
export function StatusMessage({ message, tone = 'info' }: StatusMessageProps) {
  return (
    <div role="status" className="kiosk-status">
      {message && (
        <div className={`fr-alert fr-alert--sm fr-alert--${tone}`}>
          <p>{message}</p>
        </div>
      )}
    </div>
  );
}

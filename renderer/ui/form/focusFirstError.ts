/**
 * Moves the focus to the first faulty field on screen (document order, not schema order): a
 * keyboard or screen-reader user lands on it and hears its label and message. For a group (radios,
 * a date in three parts, a roving "Oui / Non") its first input, or its tab stop, takes the focus.
 */
export function focusFirstError(fields: readonly HTMLElement[]): void {
  const targets = fields
    .map((el) =>
      el.matches('input, select, textarea, button, [tabindex]')
        ? el
        : (el.querySelector<HTMLElement>('input, select, textarea, [tabindex="0"]') ?? el),
    )
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  targets[0]?.focus();
}

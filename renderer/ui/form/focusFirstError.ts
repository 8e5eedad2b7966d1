/**
 * Moves the focus to the first faulty field on screen (document order, not schema order): a
 * keyboard or screen-reader user lands on it and hears its label and message. A field's id is
 * `<idPrefix>-<name>`; for a group (radios, a date in three parts) its first input takes the focus.
 */
export function focusFirstError(idPrefix: string, names: readonly string[]): void {
  const targets = names
    .map((name) => document.getElementById(`${idPrefix}-${name}`))
    .filter((el): el is HTMLElement => el !== null)
    .map((el) =>
      el.matches('input, select, textarea, button, [tabindex]')
        ? el
        : (el.querySelector<HTMLElement>('input, select, textarea') ?? el),
    )
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  targets[0]?.focus();
}

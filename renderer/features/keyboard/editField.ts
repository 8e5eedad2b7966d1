/**
 * Typing into a field from outside the browser's own input: the value is set through the native
 * value setter (React and react-hook-form watch the DOM property, and React's own tracker would
 * swallow a plain assignment) and an `input` event is dispatched, exactly as typing would.
 */
type Field = HTMLInputElement | HTMLTextAreaElement;

function nativeSetter(field: Field): (value: string) => void {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
  const setter = Object.getOwnPropertyDescriptor(proto.prototype, 'value')?.set;
  return (value) => {
    if (setter) setter.call(field, value);
    else field.value = value;
  };
}

/**
 * Where the caret is. E-mail and number inputs have no selection API (it throws or gives null):
 * there the text is edited at its end, which is where a person typing on a touch screen is.
 */
function selection(field: Field): [number, number] {
  try {
    const start = field.selectionStart;
    const end = field.selectionEnd;
    if (start !== null && end !== null) return [start, end];
  } catch {
    // no selection API on this input type
  }
  return [field.value.length, field.value.length];
}

function apply(field: Field, value: string, caret: number): void {
  nativeSetter(field)(value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  try {
    field.setSelectionRange(caret, caret);
  } catch {
    // no selection API on this input type: the caret stays at the end
  }
}

/** Inserts text at the caret (replacing a selection), within the field's maxLength. */
export function insertText(field: Field, text: string): void {
  const [start, end] = selection(field);
  const value = field.value.slice(0, start) + text + field.value.slice(end);
  if (field.maxLength >= 0 && value.length > field.maxLength) return;
  apply(field, value, start + text.length);
}

/** Erases the selection, else the character before the caret (a whole emoji or surrogate pair). */
export function eraseBackward(field: Field): void {
  const [start, end] = selection(field);
  if (start !== end) {
    apply(field, field.value.slice(0, start) + field.value.slice(end), start);
    return;
  }
  if (start === 0) return;
  const before = [...field.value.slice(0, start)];
  before.pop();
  const kept = before.join('');
  apply(field, kept + field.value.slice(end), kept.length);
}

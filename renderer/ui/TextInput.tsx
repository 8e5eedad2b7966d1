import { Input } from '@codegouvfr/react-dsfr/Input';
import type { ComponentProps, ReactNode, Ref } from 'react';

export interface TextInputProps {
  id: string;
  label: string;
  hint?: string;
  /** The message shown under the field; the field is then marked invalid. */
  error?: string;
  value: string;
  onChange(value: string): void;
  /** type, inputMode, maxLength, autoComplete… forwarded to the <input>. */
  inputProps?: Omit<ComponentProps<'input'>, 'id' | 'value' | 'onChange' | 'ref'>;
  inputRef?: Ref<HTMLInputElement>;
  /** A control shown beside the field (e.g. the password's show/hide button). */
  action?: ReactNode;
}

/**
 * Codes, numbers, e-mail addresses and passwords are Latin text read left to right: in a
 * right-to-left interface their field stays left to right, so "1234567A" or "75011" keep their
 * order and the caret starts where the typing does. Free text follows the page.
 */
function fieldDirection(props: TextInputProps['inputProps']): 'ltr' | undefined {
  if (!props) return undefined;
  if (props.dir === 'ltr' || props.dir === 'rtl' || props.dir === 'auto') return undefined;
  const latin =
    ['email', 'password', 'tel', 'number', 'url'].includes(props.type ?? '') ||
    ['numeric', 'decimal', 'tel', 'email'].includes(props.inputMode ?? '');
  return latin ? 'ltr' : undefined;
}

/**
 * A labelled field with its hint and its error message. The design system links the message with
 * aria-describedby; aria-invalid is ours.
 */
export function TextInput({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  inputProps,
  inputRef,
  action,
}: TextInputProps) {
  return (
    <Input
      label={label}
      hintText={hint}
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error}
      action={action}
      nativeInputProps={{
        spellCheck: false,
        dir: fieldDirection(inputProps),
        ...inputProps,
        id,
        ref: inputRef,
        value,
        onChange: (event) => onChange(event.target.value),
        'aria-invalid': error ? true : undefined,
      }}
    />
  );
}

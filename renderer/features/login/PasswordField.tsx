import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextInput, type TextInputProps } from '../../ui';

type Props = Omit<TextInputProps, 'inputProps' | 'action'>;

/** The mot de passe, hidden by default, with a button to show it while typing it on a touch screen. */
/** Speech reads a secret as its length only, shown or not (a data attribute, so a spread). */
const secretField = { 'data-kiosk-secret': 'true' };

export function PasswordField(props: Props) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <TextInput
      {...props}
      inputProps={{
        type: visible ? 'text' : 'password',
        autoComplete: 'off',
        // Shown as text, a password is still Latin characters read left to right.
        dir: 'ltr',
        autoCapitalize: 'none',
        ...secretField,
      }}
      action={
        <Button
          priority="secondary"
          icon={visible ? 'fr-icon-eye-off-line' : 'fr-icon-eye-line'}
          onClick={() => setVisible((v) => !v)}
          nativeProps={{ 'aria-pressed': visible, 'aria-controls': props.id }}
        >
          {visible ? t('login.hidePassword') : t('login.showPassword')}
        </Button>
      }
    />
  );
}

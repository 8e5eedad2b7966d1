import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { adminPinSchema } from '../../../shared/contract/admin';
import { useKioskApi } from '../../bridge';
import { Button, Dialog, StatusMessage, TextInput } from '../../ui';
import { AdminStatusSlot } from './statusSlot';
import { useAdminGesture } from './useAdminGesture';

type Phase = 'closed' | 'open' | 'checking' | 'exiting';

/**
 * The hidden admin exit: the gesture opens a PIN prompt; main checks the PIN (hashed in the
 * config, rate-limited) and quits the kiosk. The PIN lives in this component's state only, and
 * is dropped as soon as the dialog closes.
 */
export function AdminExit() {
  const { t } = useTranslation();
  const api = useKioskApi();
  const [phase, setPhase] = useState<Phase>('closed');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);

  const open = useCallback(() => setPhase((p) => (p === 'closed' ? 'open' : p)), []);
  useAdminGesture(open);

  const close = () => {
    setPin('');
    setError(undefined);
    setPhase('closed');
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (phase !== 'open') return;
    if (!adminPinSchema.safeParse(pin).success) {
      setError(t('admin.errors.format'));
      input.current?.focus();
      return;
    }
    setPhase('checking');
    const result = await api.call('admin.exit', { pin });
    setPin('');
    if (result.ok) {
      setError(undefined);
      setPhase('exiting');
      return;
    }
    const { code, fields, retryAfterSeconds } = result.error;
    if (code === 'invalid_input') setError(t(fields?.pin ?? 'admin.errors.wrong'));
    else if (code === 'account_locked')
      setError(t('admin.errors.locked', { count: retryAfterSeconds ?? 30 }));
    else if (code === 'forbidden') setError(t('admin.errors.disabled'));
    else setError(t('admin.errors.failed'));
    setPhase('open');
    input.current?.focus();
  };

  if (phase === 'closed') return null;
  return (
    <Dialog
      title={t('admin.title')}
      titleId="admin-exit-title"
      descriptionId="admin-exit-intro"
      initialFocus={input}
      onEscape={close}
      actions={
        phase === 'exiting' ? null : (
          <>
            <Button
              onClick={() => void submit()}
              nativeProps={{ 'aria-disabled': phase === 'checking' }}
            >
              {t('admin.submit')}
            </Button>
            <Button priority="secondary" onClick={close}>
              {t('admin.cancel')}
            </Button>
          </>
        )
      }
    >
      <p id="admin-exit-intro">{t('admin.intro')}</p>
      {phase === 'exiting' ? (
        <StatusMessage message={t('admin.exiting')} />
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextInput
            id="admin-pin"
            label={t('admin.pin')}
            hint={t('admin.pinHint')}
            error={error}
            value={pin}
            onChange={(value) => setPin(value.replace(/\D/g, '').slice(0, 12))}
            inputRef={input}
            inputProps={{
              type: 'password',
              inputMode: 'numeric',
              autoComplete: 'off',
              maxLength: 12,
            }}
          />
        </form>
      )}
      <AdminStatusSlot label={t('admin.status')} />
    </Dialog>
  );
}

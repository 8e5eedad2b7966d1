import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminMethods } from '../../../shared/contract/admin';
import { useKioskCall } from '../../bridge';
import { Button, Dialog, StatusMessage, TextInput, useKioskForm } from '../../ui';
import { AdminStatusSlot } from './statusSlot';
import { useAdminGesture } from './useAdminGesture';

type Phase = 'closed' | 'open' | 'checking' | 'exiting';

/** The PIN as main checks it: 4 to 12 digits. */
const adminExitSchema = adminMethods['admin.exit'].input;

/**
 * The hidden admin exit: the gesture opens a PIN prompt; main checks the PIN (hashed in the
 * config, rate-limited) and quits the kiosk. The PIN lives in this component's state only, and
 * is dropped as soon as the dialog closes.
 */
export function AdminExit() {
  const { t } = useTranslation();
  const exit = useKioskCall('admin.exit');
  const [phase, setPhase] = useState<Phase>('closed');
  const form = useKioskForm({ idPrefix: 'admin', schema: adminExitSchema, draft: { pin: '' } });
  const input = useRef<HTMLInputElement>(null);

  const open = useCallback(() => setPhase((p) => (p === 'closed' ? 'open' : p)), []);
  useAdminGesture(open);

  const close = () => {
    form.set('pin', '');
    form.clearErrors();
    setPhase('closed');
  };

  const submit = form.onSubmit(async ({ pin }) => {
    if (phase !== 'open') return;
    setPhase('checking');
    const result = await exit.run({ pin });
    if (!result) return;
    form.set('pin', '');
    if (result.ok) return setPhase('exiting');
    const { code, fields, retryAfterSeconds } = result.error;
    const key =
      code === 'invalid_input'
        ? (fields?.pin ?? 'admin.errors.wrong')
        : code === 'account_locked'
          ? 'admin.errors.locked'
          : code === 'forbidden'
            ? 'admin.errors.disabled'
            : 'admin.errors.failed';
    form.showErrors({ pin: key }, { count: retryAfterSeconds ?? 30 });
    setPhase('open');
  });

  if (phase === 'closed') return null;
  return (
    <Dialog
      title={t('admin.title')}
      titleId="admin-exit-title"
      descriptionId="admin-exit-intro"
      initialFocus={input}
      withAssist={false}
      onEscape={close}
      actions={
        phase === 'exiting' ? null : (
          <>
            <Button
              onClick={() => submit()}
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
        <form noValidate onSubmit={submit}>
          <TextInput
            id="admin-pin"
            label={t('admin.pin')}
            hint={t('admin.pinHint')}
            error={form.errorOf('pin')}
            value={form.values.pin}
            onChange={(value) => form.set('pin', value.replace(/\D/g, '').slice(0, 12))}
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

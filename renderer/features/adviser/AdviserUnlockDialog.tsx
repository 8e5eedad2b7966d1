import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { adviserUnlockFormSchema, type AdviserUnlockDraft } from '../../../shared/domain/adviser';
import { useKioskCall, useKioskQuery } from '../../bridge';
import { useKioskStore } from '../../store';
import { Button, Dialog, RadioGroup, StatusMessage, TextInput, useKioskForm } from '../../ui';
import { DigitPad } from '../login';
import styles from './adviser.module.css';

const errorKey: Partial<Record<string, string>> = {
  invalid_credentials: 'adviser.errors.wrong',
  account_locked: 'adviser.errors.locked',
  forbidden: 'adviser.errors.forbidden',
};

/**
 * The adviser's way in: their name from the agency's list, then their code on the dialog's own
 * digit pad (its keys move at each opening, so the code cannot be read off the hand's positions;
 * the docked keyboard leaves the field alone). The central API checks the code; it lives in this
 * dialog's form only and is dropped when the dialog closes.
 */
export function AdviserUnlockDialog() {
  const { t } = useTranslation();
  const unlock = useKioskCall('adviser.unlock');
  const advisers = useKioskQuery('adviser.list', {});
  const close = useKioskStore((s) => s.adviserLeft);
  const unlocked = useKioskStore((s) => s.adviserUnlocked);
  const first = useRef<HTMLInputElement>(null);
  const draft: AdviserUnlockDraft = { staffId: '', code: '' };
  const form = useKioskForm({ idPrefix: 'adviser', schema: adviserUnlockFormSchema, draft });

  const list = advisers.result?.ok ? advisers.result.value.advisers : [];
  const submit = form.onSubmit(async ({ staffId, code }) => {
    const result = await unlock.run({ staffId: Number(staffId), code });
    if (!result) return;
    form.set('code', '');
    if (result.ok) return unlocked(result.value.prenom);
    const { code: failure, retryAfterSeconds } = result.error;
    form.showErrors(
      { code: errorKey[failure] ?? 'adviser.errors.failed' },
      { count: Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60)) },
    );
  });

  return (
    <Dialog
      title={t('adviser.unlock.title')}
      titleId="adviser-unlock-title"
      descriptionId="adviser-unlock-intro"
      initialFocus={first}
      withAssist={false}
      onEscape={close}
      actions={
        <>
          <Button onClick={() => submit()} nativeProps={{ 'aria-disabled': unlock.pending }}>
            {t('adviser.unlock.submit')}
          </Button>
          <Button priority="secondary" onClick={close}>
            {t('adviser.unlock.cancel')}
          </Button>
        </>
      }
    >
      <p id="adviser-unlock-intro">{t('adviser.unlock.intro')}</p>
      {advisers.loading ? (
        <StatusMessage message={t('adviser.unlock.loading')} />
      ) : list.length === 0 ? (
        <StatusMessage
          message={t(
            advisers.result?.ok === false ? 'adviser.errors.failed' : 'adviser.unlock.none',
          )}
          tone="error"
        />
      ) : null}
      <form noValidate onSubmit={submit} className={styles.unlock}>
        <div className={styles.who}>
          {list.length > 0 && (
            <RadioGroup
              name="adviser-staffId"
              legend={t('adviser.unlock.name')}
              error={form.errorOf('staffId')}
              value={form.values.staffId}
              onChange={(value) => form.set('staffId', value)}
              options={list.map((a) => ({ value: String(a.staffId), label: a.nom }))}
              vertical
            />
          )}
          <TextInput
            id="adviser-code"
            label={t('adviser.unlock.code')}
            hint={t('adviser.unlock.codeHint')}
            error={form.errorOf('code')}
            value={form.values.code}
            onChange={(value) => form.set('code', value.replace(/\D/g, '').slice(0, 8))}
            inputRef={first}
            inputProps={{
              type: 'password',
              inputMode: 'numeric',
              autoComplete: 'off',
              maxLength: 8,
            }}
          />
        </div>
        <DigitPad
          id="adviser-digit-pad"
          field="adviser-code"
          onDigit={(d) => form.set('code', (form.values.code + d).slice(0, 8))}
          onErase={() => form.set('code', form.values.code.slice(0, -1))}
        />
      </form>
    </Dialog>
  );
}

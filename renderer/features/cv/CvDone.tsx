import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';
import { Button, ScreenHeading, StatusMessage, TextInput } from '../../ui';
import styles from './cv.module.css';

/** After step 3: the CV is saved (and published or not); print it, or have it e-mailed. */
export function CvDone() {
  const { t } = useTranslation();
  const api = useKioskApi();
  const draft = useKioskStore((s) => s.cvDraft);
  const cvId = useKioskStore((s) => s.cvId);
  const showCvList = useKioskStore((s) => s.showCvList);
  const [email, setEmail] = useState(draft?.contact.email ?? '');
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState('');
  if (!draft || !cvId) return null;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const result = await api.call('cv.email', { cvId, email });
    if (result.ok) {
      setError(undefined);
      setNotice(t('cv.done.sent'));
    } else {
      const key = result.error.fields?.email;
      setError(key ? t(key) : t(`errors.${result.error.code}`, { minutes: 0 }));
    }
  };

  return (
    <div className={styles.cv}>
      <ScreenHeading>{t('cv.done.title')}</ScreenHeading>
      <p>{t(draft.publication.published ? 'cv.done.published' : 'cv.done.notPublished')}</p>
      <form noValidate onSubmit={(e) => void send(e)} className={styles.add}>
        <TextInput
          id="cv-send-email"
          label={t('cv.done.emailLabel')}
          value={email}
          error={error}
          onChange={setEmail}
          inputProps={{ type: 'email', autoComplete: 'off', maxLength: 254 }}
        />
        <Button type="submit" priority="secondary">
          {t('cv.done.send')}
        </Button>
      </form>
      <StatusMessage message={notice} tone="success" />
      <div className="kiosk-form-actions">
        <Button onClick={showCvList}>{t('cv.done.list')}</Button>
      </div>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useKioskQuery } from '../../bridge';
import { useVoice } from './SpeechControl';

/** For the admin screen: the configured speech engine and the voice that actually speaks. */
export function SpeechStatus() {
  const { t, i18n } = useTranslation();
  const status = useKioskQuery('speech.status', {});
  const voice = useVoice((i18n.language || 'fr').slice(0, 2));
  if (!status.result?.ok || !voice) return null;
  const { engine, renders } = status.result.value;
  const speaking =
    voice === 'platform'
      ? 'platform'
      : voice === 'main' && renders
        ? renders
        : engine === 'off'
          ? 'off'
          : 'none';
  return (
    <section aria-labelledby="speech-status-title">
      <h2 id="speech-status-title" className="fr-h5">
        {t('speech.admin.title')}
      </h2>
      <p>{t('speech.admin.engine', { engine: t(`speech.admin.engines.${speaking}`) })}</p>
      <p>{t('speech.admin.configured', { engine })}</p>
    </section>
  );
}

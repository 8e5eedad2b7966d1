import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskApi, useKioskQuery } from '../../bridge';
import { useKioskStore } from '../../store';
import { Button } from '../../ui';
import { describeScreen, type DescribeWords } from './describe';
import { createSpeaker, resolveVoice, type Voice } from './speaker';
import styles from './speech.module.css';
import { readingRoot, useSpeechMode } from './useSpeechMode';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function useDescribeWords(): DescribeWords {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      empty: t('speech.words.empty'),
      passwordTyped: (count: number) => t('speech.words.passwordTyped', { count }),
      checked: t('speech.words.checked'),
      unchecked: t('speech.words.unchecked'),
      actions: (list: string) => t('speech.words.actions', { list }),
    }),
    [t],
  );
}

/** The voice this terminal speaks with: the config's engine, resolved for the language shown. */
export function useVoice(lang: string): Voice | null {
  const status = useKioskQuery('speech.status', {});
  const [voice, setVoice] = useState<Voice | null>(null);
  const value = status.result?.ok ? status.result.value : null;
  useEffect(() => {
    if (!value) return;
    let live = true;
    void resolveVoice(value.engine, value.renders, lang).then((v) => live && setVoice(v));
    return () => {
      live = false;
    };
  }, [value?.engine, value?.renders, lang]); // eslint-disable-line react-hooks/exhaustive-deps -- value is a new object each answer; its two fields are what counts
  return voice;
}

/**
 * « Écouter » on every screen (reads the open dialog or the screen), the speech mode toggle, and
 * while it is on the voice's settings: pause, repeat, slower/faster, quieter/louder.
 */
export function SpeechControl() {
  const { t, i18n } = useTranslation();
  const api = useKioskApi();
  const lang = (i18n.language || 'fr').slice(0, 2);
  const voice = useVoice(lang);
  const speaker = useMemo(() => (voice ? createSpeaker(api, voice) : null), [api, voice]);
  const mode = useKioskStore((s) => s.speechMode);
  const rate = useKioskStore((s) => s.speechRate);
  const volume = useKioskStore((s) => s.speechVolume);
  const paused = useKioskStore((s) => s.speechPaused);
  const setSpeech = useKioskStore((s) => s.setSpeech);
  const words = useDescribeWords();
  // Read when speaking, so that a setting just changed applies to what it says next.
  const settings = useCallback(() => {
    const { speechRate, speechVolume } = useKioskStore.getState();
    return { lang: (i18n.language || 'fr').slice(0, 2), rate: speechRate, volume: speechVolume };
  }, [i18n]);

  const say = useCallback(
    (text: string, queue = false) => {
      if (!speaker) return;
      setSpeech({ lastUtterance: text, speechPaused: false });
      speaker.say(text, { ...settings(), queue });
    },
    [speaker, setSpeech, settings],
  );
  useSpeechMode(mode, say, words);

  // The visit's end is said, and nothing of the visit goes on being read after it.
  useEffect(
    () =>
      useKioskStore.subscribe((next, prev) => {
        if (prev.phase !== 'visit' || next.phase === 'visit') return;
        speaker?.stop();
        if (prev.speechMode) speaker?.say(t('speech.visitEnded'), settings());
      }),
    [speaker, t, settings],
  );
  useEffect(() => () => speaker?.stop(), [speaker]);
  // What other features ask to be said (the on-screen keyboard's keys), as it is asked.
  useEffect(
    () =>
      useKioskStore.subscribe((next, prev) => {
        if (next.speechRequest && next.speechRequest !== prev.speechRequest)
          say(next.speechRequest.text);
      }),
    [say],
  );

  if (!speaker || voice === 'none') return null;
  const listen = () => {
    const root = readingRoot(document);
    if (root) say(describeScreen(root, words).join(' '));
  };
  const change = (patch: { speechRate?: number; speechVolume?: number }, label: string) => {
    setSpeech(patch);
    say(label);
  };
  return (
    <>
      <Button priority="secondary" icon="fr-icon-volume-up-line" onClick={listen}>
        {t('speech.listen')}
      </Button>
      <Button
        // Filled while on: the toggle's state shows, not only its aria-pressed.
        priority={mode ? 'primary' : 'secondary'}
        onClick={() => {
          setSpeech({ speechMode: !mode });
          say(t(mode ? 'speech.modeOff' : 'speech.modeOn'));
        }}
        nativeProps={{ 'aria-pressed': mode }}
      >
        {t('speech.mode')}
      </Button>
      {mode && (
        <div role="group" aria-label={t('speech.settings')} className={styles.settings}>
          <Button
            priority="tertiary"
            onClick={() => {
              if (paused) speaker.resume();
              else speaker.pause();
              setSpeech({ speechPaused: !paused });
            }}
          >
            {paused ? t('speech.resume') : t('speech.pause')}
          </Button>
          <Button priority="tertiary" onClick={() => say(useKioskStore.getState().lastUtterance)}>
            {t('speech.repeat')}
          </Button>
          <Button
            priority="tertiary"
            onClick={() => change({ speechRate: clamp(rate - 0.25, 0.5, 2) }, t('speech.slower'))}
          >
            {t('speech.slower')}
          </Button>
          <Button
            priority="tertiary"
            onClick={() => change({ speechRate: clamp(rate + 0.25, 0.5, 2) }, t('speech.faster'))}
          >
            {t('speech.faster')}
          </Button>
          <Button
            priority="tertiary"
            onClick={() =>
              change({ speechVolume: clamp(volume - 0.25, 0.25, 1) }, t('speech.quieter'))
            }
          >
            {t('speech.quieter')}
          </Button>
          <Button
            priority="tertiary"
            onClick={() =>
              change({ speechVolume: clamp(volume + 0.25, 0.25, 1) }, t('speech.louder'))
            }
          >
            {t('speech.louder')}
          </Button>
        </div>
      )}
    </>
  );
}

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskCall } from '../../bridge';
import { useKioskStore } from '../../store';
import { Button, ConfirmDialog, Dialog, StatusMessage } from '../../ui';
import { explanationTopic } from './topic';
import styles from './adviser.module.css';

/** While the adviser's tools or the explanation are open, the person's screen is out of reach. */
function usePageInert(): void {
  useLayoutEffect(() => {
    const page = document.querySelector<HTMLElement>('.kiosk-page');
    if (page) page.inert = true;
    return () => {
      if (page) page.inert = false;
    };
  }, []);
}

type Outcome = { message: string; tone: 'info' | 'error' } | null;

/** The adviser's tools: more time, the idle timer, the explanation, ending the visit, leaving. */
function ToolsDialog() {
  const { t } = useTranslation();
  usePageInert();
  const first = useRef<HTMLButtonElement>(null);
  const extend = useKioskCall('adviser.extend');
  const pause = useKioskCall('adviser.pauseIdle');
  const leave = useKioskCall('adviser.leave');
  const paused = useKioskStore((s) => s.adviserIdlePaused);
  const show = useKioskStore((s) => s.showAdviserView);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const failed = () => setOutcome({ message: t('adviser.tools.failed'), tone: 'error' });

  const onExtend = async () => {
    const result = await extend.run({});
    if (!result) return;
    if (!result.ok) return failed();
    // The person's own warning about the visit's length no longer applies.
    useKioskStore.getState().dismissMaxLengthWarning();
    setOutcome({
      message: t('adviser.tools.extended', { minutes: result.value.minutes }),
      tone: 'info',
    });
  };
  const onPause = async () => {
    const result = await pause.run({ paused: !paused });
    if (!result) return;
    if (!result.ok) return failed();
    const state = useKioskStore.getState();
    state.setAdviserIdlePaused(result.value.paused);
    if (result.value.paused) state.dismissIdleWarning();
    setOutcome({
      message: t(result.value.paused ? 'adviser.tools.paused' : 'adviser.tools.resumed'),
      tone: 'info',
    });
  };
  const onLeave = async () => {
    await leave.run({});
    // Whatever main answered, adviser mode is over on this screen: the person gets it back.
    useKioskStore.getState().adviserLeft();
  };

  return (
    <Dialog
      title={t('adviser.tools.title')}
      titleId="adviser-tools-title"
      descriptionId="adviser-tools-intro"
      initialFocus={first}
      withAssist={false}
      onEscape={() => show('none')}
      actions={
        <>
          <Button priority="secondary" onClick={() => show('none')}>
            {t('adviser.tools.close')}
          </Button>
          <Button
            priority="secondary"
            icon="fr-icon-logout-box-r-line"
            onClick={() => void onLeave()}
          >
            {t('adviser.tools.leave')}
          </Button>
        </>
      }
    >
      <p id="adviser-tools-intro">{t('adviser.tools.intro')}</p>
      <div className={styles.tools}>
        <Button ref={first} icon="fr-icon-time-line" onClick={() => void onExtend()}>
          {t('adviser.tools.extend', { minutes: 15 })}
        </Button>
        <Button
          priority="secondary"
          icon={paused ? 'fr-icon-play-circle-line' : 'fr-icon-pause-circle-line'}
          onClick={() => void onPause()}
        >
          {t(paused ? 'adviser.tools.resume' : 'adviser.tools.pause')}
        </Button>
        <Button
          priority="secondary"
          icon="fr-icon-question-line"
          onClick={() => show('explanation')}
        >
          {t('adviser.tools.explain')}
        </Button>
        <Button
          priority="secondary"
          icon="fr-icon-close-circle-line"
          onClick={() => show('confirmEnd')}
        >
          {t('adviser.tools.endVisit')}
        </Button>
      </div>
      <StatusMessage {...(outcome ?? {})} />
    </Dialog>
  );
}

/** « Expliquer cette étape »: the current step in plain words, large, and said in speech mode. */
function ExplanationDialog() {
  const { t, i18n } = useTranslation();
  usePageInert();
  const close = useRef<HTMLButtonElement>(null);
  const show = useKioskStore((s) => s.showAdviserView);
  const [topic] = useState(() => explanationTopic(useKioskStore.getState()));
  const explain = useKioskCall('adviser.explain');
  const key = `adviser.explanation.topics.${topic}`;
  const text = t(i18n.exists(key) ? key : 'adviser.explanation.topics.other');

  useEffect(() => {
    // Recorded for the audit (the topic only); the text is shown whatever the answer.
    void explain.run({ topic });
    useKioskStore.getState().speak(text);
    // Once, when the explanation opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <Dialog
      title={t('adviser.explanation.title')}
      titleId="adviser-explanation-title"
      descriptionId="adviser-explanation-text"
      initialFocus={close}
      withAssist={false}
      onEscape={() => show('tools')}
      actions={
        <Button ref={close} onClick={() => show('tools')}>
          {t('adviser.explanation.close')}
        </Button>
      }
    >
      <p id="adviser-explanation-text" className={styles.explanation}>
        {text}
      </p>
    </Dialog>
  );
}

/** Ending the visit for the person, asked first: then the normal wipe. */
function ConfirmEnd() {
  const { t } = useTranslation();
  const endVisit = useKioskCall('adviser.endVisit');
  const show = useKioskStore((s) => s.showAdviserView);
  return (
    <ConfirmDialog
      id="adviser-end"
      title={t('adviser.confirmEnd.title')}
      text={t('adviser.confirmEnd.message')}
      keepLabel={t('adviser.confirmEnd.cancel')}
      leaveLabel={t('adviser.confirmEnd.confirm')}
      onKeep={() => show('tools')}
      onLeave={() => void endVisit.run({})}
    />
  );
}

export { ConfirmEnd, ExplanationDialog, ToolsDialog };

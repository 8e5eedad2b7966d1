import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';
import { Button, ScreenHeading, useDocumentTitle } from '../../ui';
import { CameraStep, hasCamera } from '../camera';
import { ScanStep, useScan } from '../scan';
import { DetailsStep, type Details } from './DetailsStep';
import styles from './documents.module.css';
import { SentStep } from './SentStep';

type Step = 'scan' | 'camera' | 'details' | { reference: string; status: 'sent' | 'queued' };

const blank: Details = { type: '', month: '', description: '' };

/** "Envoyer un document": scan the pages, choose the type, send; then the receipt. */
export function DocumentsScreen() {
  const { t } = useTranslation();
  const api = useKioskApi();
  const goTo = useKioskStore((s) => s.goTo);
  const scan = useScan();
  const [step, setStep] = useState<Step>('scan');
  const [details, setDetails] = useState<Details>(blank);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [camera, setCamera] = useState(false);
  useEffect(() => {
    let alive = true;
    void hasCamera().then((found) => alive && setCamera(found));
    return () => {
      alive = false;
    };
  }, []);
  useDocumentTitle(t('app.documentTitle', { screen: t('documents.documentTitle') }));

  const send = async () => {
    if (sending || !details.type) return;
    setSending(true);
    setFormError(null);
    setFieldErrors({});
    const result = await api.call('documents.send', {
      type: details.type,
      ...(details.month ? { month: details.month } : {}),
      ...(details.description.trim() ? { description: details.description.trim() } : {}),
    });
    setSending(false);
    if (result.ok) {
      setStep({ reference: result.value.reference, status: result.value.status });
      setDetails(blank);
      return;
    }
    const { code, fields } = result.error;
    if (code === 'invalid_input' && fields) {
      const { _: general, ...perField } = fields;
      setFieldErrors(perField);
      if (general) setFormError(general);
      else if (Object.keys(perField).length === 0) setFormError('errors.invalid_input');
    } else setFormError(`errors.${code}`);
  };

  return (
    <div>
      <ScreenHeading>{t('documents.title')}</ScreenHeading>
      {step === 'scan' && (
        <ScanStep
          scan={scan}
          onFinish={() => setStep('details')}
          onCamera={camera ? () => setStep('camera') : undefined}
        />
      )}
      {step === 'camera' && (
        <CameraStep
          onKeep={(pages) => {
            scan.setPages(pages);
            setStep('scan');
          }}
          onCancel={() => setStep('scan')}
        />
      )}
      {step === 'details' && (
        <DetailsStep
          pages={scan.status.pages.length}
          details={details}
          onChange={setDetails}
          fieldErrors={fieldErrors}
          formError={formError}
          sending={sending}
          onSend={() => void send()}
          onBack={() => setStep('scan')}
        />
      )}
      {typeof step === 'object' && (
        <SentStep
          {...step}
          onAnother={() => {
            setStep('scan');
            void scan.discard();
          }}
          onExchanges={() => goTo('exchanges')}
          onDashboard={() => goTo('dashboard')}
        />
      )}
      {step !== 'details' && typeof step !== 'object' && (
        <p className={styles.back}>
          <Button
            priority="tertiary"
            icon="fr-icon-arrow-left-line"
            onClick={() => goTo('dashboard')}
          >
            {t('documents.backToDashboard')}
          </Button>
        </p>
      )}
    </div>
  );
}

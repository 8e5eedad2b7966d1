import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentDetailsSchema, type DocumentDetailsDraft } from '../../../shared/domain/documents';
import { useKioskCall } from '../../bridge';
import { useKioskStore } from '../../store';
import { useDeclaredUnsentWork } from '../visit';
import { Button, ScreenHeading, useDocumentTitle, useKioskForm } from '../../ui';
import { CameraStep, hasCamera } from '../camera';
import { ScanStep, useScan } from '../scan';
import { DetailsStep } from './DetailsStep';
import styles from './documents.module.css';
import { SentStep } from './SentStep';

type Step = 'scan' | 'camera' | 'details' | { reference: string; status: 'sent' | 'queued' };

const blank: DocumentDetailsDraft = { type: '', month: '', description: '' };
const detailsSchema = documentDetailsSchema();

/** "Envoyer un document": scan the pages, choose the type, send; then the receipt. */
export function DocumentsScreen() {
  const { t } = useTranslation();
  const sendDocument = useKioskCall('documents.send');
  const goTo = useKioskStore((s) => s.goTo);
  const provisional = useKioskStore((s) => s.access === 'provisional');
  const scan = useScan();
  const [step, setStep] = useState<Step>('scan');
  const details = useKioskForm({ idPrefix: 'doc', schema: detailsSchema, draft: blank });
  const [formError, setFormError] = useState<string | null>(null);
  const [camera, setCamera] = useState(false);
  useEffect(() => {
    let alive = true;
    void hasCamera().then((found) => alive && setCamera(found));
    return () => {
      alive = false;
    };
  }, []);
  // Each step (pages, camera, details, sent) names itself through its SubStepHeading.
  useDocumentTitle(t('app.documentTitle', { screen: t('documents.documentTitle') }));
  // Scanned pages not sent yet are what "Terminer" would throw away.
  useDeclaredUnsentWork('document', typeof step === 'string' && scan.status.pages.length > 0);

  const send = details.onSubmit(async ({ type, month, description }) => {
    if (!type) return;
    setFormError(null);
    const result = await sendDocument.run({
      type,
      ...(month ? { month } : {}),
      ...(description.trim() ? { description: description.trim() } : {}),
    });
    if (!result) return;
    if (result.ok) {
      setStep({ reference: result.value.reference, status: result.value.status });
      details.patch(blank);
      return;
    }
    const { code, fields } = result.error;
    if (code === 'invalid_input' && fields) {
      // "_" is a refusal of the whole choice, shown above the form.
      const { _: general, ...perField } = fields;
      details.showErrors(perField);
      if (general) setFormError(general);
      else if (Object.keys(perField).length === 0) setFormError('errors.invalid_input');
    } else setFormError(`errors.${code}`);
  });

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
          form={details}
          formError={formError}
          onSend={send}
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
          onExchanges={provisional ? undefined : () => goTo('exchanges')}
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

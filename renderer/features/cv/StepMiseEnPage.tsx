import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cvIssues, cvModels } from '../../../shared/domain/cv';
import { useKioskCall, useKioskQuery } from '../../bridge';
import { Alert, Button, StatusMessage } from '../../ui';
import { Choices } from './Choices';
import type { CvForm } from './cvForm';
import styles from './cv.module.css';
import { PrintedInFrench } from '../language';

const today = () => {
  const now = new Date();
  return { month: now.getMonth() + 1, year: now.getFullYear() };
};

/** Step 2: model and order, with a preview of the real PDF (drawn by main), and printing. */
export function StepMiseEnPage({ form }: { form: CvForm }) {
  const { t } = useTranslation();
  const printCall = useKioskCall('cv.print');
  const draft = form.values;
  // The preview follows every change, after a short pause (the PDF takes a few hundred ms).
  const preview = useKioskQuery('cv.preview', { content: draft }, { delayMs: 250 });
  const pages = preview.result ? (preview.result.ok ? preview.result.value.pages : []) : null;
  const [printed, setPrinted] = useState(false);
  // A catalogue key: what is missing from the CV (its fields are on other steps), or the error.
  const [printError, setPrintError] = useState<string | null>(null);

  const print = async () => {
    setPrintError(null);
    const issue = Object.values(cvIssues(draft, today()))[0];
    if (issue) return setPrintError(issue);
    const result = await printCall.run({ content: draft });
    if (!result) return;
    if (result.ok) setPrinted(true);
    else setPrintError(`errors.${result.error.code}`);
  };

  return (
    <div className={styles.layout}>
      <div>
        <Choices
          name="cv-order"
          legend={t('cv.layout.order')}
          type="radio"
          choices={[
            { value: 'experience', label: t('cv.layout.experienceFirst') },
            { value: 'formation', label: t('cv.layout.formationFirst') },
          ]}
          selected={[draft.layout.order]}
          onToggle={(order) => form.set('layout', { ...draft.layout, order })}
        />
        <Choices
          name="cv-model"
          legend={t('cv.layout.model')}
          type="radio"
          choices={cvModels.map((model) => ({ value: model, label: t(`cv.layout.model${model}`) }))}
          selected={[draft.layout.model]}
          onToggle={(model) => form.set('layout', { ...draft.layout, model })}
        />
        <PrintedInFrench />
        <Button icon="fr-icon-printer-line" priority="secondary" onClick={() => void print()}>
          {t('cv.layout.print')}
        </Button>
        {printError && (
          <Alert severity="error" message={t(printError, { minutes: 0 })} focusOnShow />
        )}
        <StatusMessage message={printed ? t('cv.layout.printed') : ''} tone="success" />
      </div>
      <section aria-labelledby="cv-preview-title" className={styles.preview}>
        <h3 id="cv-preview-title" className="fr-h6">
          {t('cv.layout.preview')}
        </h3>
        {pages === null ? (
          <p>{t('cv.layout.previewLoading')}</p>
        ) : pages.length === 0 ? (
          <p>{t('cv.layout.previewUnavailable')}</p>
        ) : (
          pages.map((src, i) => (
            <img
              key={i}
              src={src}
              alt={t('cv.layout.previewPage', { n: i + 1 })}
              data-cv-preview-page={i + 1}
            />
          ))
        )}
      </section>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SituationReceipt } from '../../../shared/contract';
import { emptySituationDraft, type SituationDraft } from '../../../shared/domain/situation';
import { useDocumentTitle } from '../../ui';
import { useDeclaredUnsentWork } from '../visit';
import { ChooseStep } from './ChooseStep';
import { DetailsStep } from './DetailsStep';
import { DoneStep } from './DoneStep';
import { ReviewStep } from './ReviewStep';

type Step =
  | { name: 'choose' }
  | { name: 'details'; errors?: Record<string, string> }
  | { name: 'review' }
  | { name: 'done'; receipt: SituationReceipt };

/**
 * « Déclarer un changement de situation »: which change (one question), its dates and details,
 * the review with what it will change, then the receipt. The draft lives in this screen only and
 * goes with it: nothing typed outlives the visit.
 */
export function SituationScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { screen: t('situation.documentTitle') }));
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [draft, setDraft] = useState<SituationDraft>(emptySituationDraft);
  // Something typed and not sent yet: « Terminer » asks first.
  const typed = JSON.stringify({ ...draft, kind: '' }) !== JSON.stringify(emptySituationDraft);
  useDeclaredUnsentWork('form', step.name !== 'done' && typed);

  if (step.name === 'choose')
    return (
      <ChooseStep
        chosen={draft.kind}
        onChoose={(kind) => {
          // Another kind keeps what fits both (the dates), so nothing typed is lost by a wrong tap.
          setDraft((d) => ({ ...d, kind }));
          setStep({ name: 'details' });
        }}
      />
    );
  if (step.name === 'details')
    return (
      <DetailsStep
        draft={draft}
        initialErrors={step.errors}
        onDraftChange={setDraft}
        onBack={() => setStep({ name: 'choose' })}
        onDone={() => setStep({ name: 'review' })}
      />
    );
  if (step.name === 'review')
    return (
      <ReviewStep
        draft={draft}
        onModify={(errors) => setStep({ name: 'details', errors })}
        onSent={(receipt) => setStep({ name: 'done', receipt })}
      />
    );
  return <DoneStep receipt={step.receipt} />;
}

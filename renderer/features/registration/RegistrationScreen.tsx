import { useTranslation } from 'react-i18next';
import { registrationSteps, useKioskStore } from '../../store';
import { ScreenHeading, StatusMessage, Stepper, useDocumentTitle } from '../../ui';
import { AccessCodesStep } from './AccessCodesStep';
import { ConfirmationStep } from './ConfirmationStep';
import { CoordonneesStep } from './CoordonneesStep';
import { IdentiteStep } from './IdentiteStep';
import { ReviewStep } from './ReviewStep';
import { SituationStep } from './SituationStep';

const STEP_VIEWS = {
  codes: AccessCodesStep,
  identite: IdentiteStep,
  coordonnees: CoordonneesStep,
  situation: SituationStep,
  review: ReviewStep,
} as const;

/** The guided registration: one group of questions per screen under a progress stepper. */
export function RegistrationScreen() {
  const { t } = useTranslation();
  const step = useKioskStore((s) => s.registration.step);
  const draftStatus = useKioskStore((s) => s.registration.draftStatus);
  useDocumentTitle(t('app.documentTitle', { screen: t('account.registration.documentTitle') }));

  if (step === 'confirmation') {
    return (
      <div className="kiosk-form-screen">
        <ScreenHeading>{t('account.registration.confirmation.title')}</ScreenHeading>
        <ConfirmationStep />
      </div>
    );
  }
  const index = registrationSteps.indexOf(step);
  const View = STEP_VIEWS[step];
  return (
    <div className="kiosk-form-screen">
      {/* The stepper's title is each step's heading: it takes the focus and names the step. */}
      <ScreenHeading>{t('account.registration.title')}</ScreenHeading>
      <Stepper
        steps={registrationSteps}
        current={step}
        titleOf={(s) => t(`account.registration.steps.${s}`)}
        progress={(current, total) => t('account.registration.progress', { current, total })}
        nextStepText={t('account.registration.nextStep')}
      />
      <StatusMessage
        message={
          draftStatus === 'sent' && index > 0
            ? t('account.registration.savedNote')
            : draftStatus === 'queued'
              ? t('account.registration.queuedNote')
              : undefined
        }
      />
      <View key={step} />
    </div>
  );
}

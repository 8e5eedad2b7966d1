import { useTranslation } from 'react-i18next';
import type { ActualisationStatus, Declaration } from '../../../shared/contract';
import { useKioskStore } from '../../store';
import { Button, ScreenHeading } from '../../ui';
import { dayLabel, lastDayLabel, periodLabel, periodVars } from './format';
import { ReceiptActions } from './ReceiptActions';
import { DeclarationFacts } from './ReceiptView';

function BackButton() {
  const { t } = useTranslation();
  const leave = useKioskStore((s) => s.leaveActualisation);
  return (
    <div className="kiosk-form-actions">
      <Button priority="secondary" onClick={() => leave()}>
        {t('actualisation.back')}
      </Button>
    </div>
  );
}

/** Outside the window: when the next one opens and until when. */
export function ClosedView({ status }: { status: ActualisationStatus }) {
  const { t } = useTranslation();
  return (
    <div>
      <ScreenHeading>{t('actualisation.closed.title')}</ScreenHeading>
      <p className="fr-text--lead">
        {t('actualisation.closed.next', {
          ...periodVars(status.period),
          date: dayLabel(status.opensAt),
        })}
      </p>
      <p>{t('actualisation.closed.until', { date: lastDayLabel(status.closesAt) })}</p>
      <BackButton />
    </div>
  );
}

/** Already declared for the period: that declaration and its receipt, never a second one. */
export function AlreadyDeclaredView({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation();
  return (
    <div>
      <ScreenHeading>
        {t('actualisation.already.title', periodVars(declaration.period))}
      </ScreenHeading>
      <p>{t('actualisation.already.text')}</p>
      <DeclarationFacts declaration={declaration} />
      <ReceiptActions declaration={declaration} />
      <BackButton />
    </div>
  );
}

/** Before the first question: the period, the deadline and what to have at hand. */
export function IntroView({ status }: { status: ActualisationStatus }) {
  const { t } = useTranslation();
  const setStep = useKioskStore((s) => s.setActualisationStep);
  const leave = useKioskStore((s) => s.leaveActualisation);
  return (
    <div>
      <ScreenHeading>
        {t('actualisation.intro.title', { period: periodLabel(status.period) })}
      </ScreenHeading>
      <p className="fr-text--lead">{t('actualisation.intro.what')}</p>
      <p className="fr-text--lead">
        {t('actualisation.intro.until', { date: lastDayLabel(status.closesAt) })}
      </p>
      <p className="fr-text--bold">{t('actualisation.intro.needTitle')}</p>
      <ul>
        <li>{t('actualisation.intro.needHours')}</li>
        <li>{t('actualisation.intro.needSick')}</li>
      </ul>
      <p>{t('actualisation.intro.answerAll')}</p>
      <div className="kiosk-form-actions">
        <Button onClick={() => setStep('formation')}>{t('actualisation.intro.start')}</Button>
        <Button priority="secondary" onClick={() => leave()}>
          {t('actualisation.back')}
        </Button>
      </div>
    </div>
  );
}

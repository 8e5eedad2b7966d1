import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskApi } from './bridge';
import { ActualisationScreen } from './features/actualisation';
import { AdminExit } from './features/admin';
import { AdviserMode, AdviserStatusRow } from './features/adviser';
import { AssistButton, AssistInDialog, AssistStatus, useAssistFollow } from './features/assist';
import { CvScreen } from './features/cv';
import { DashboardScreen } from './features/dashboard';
import { DisplayControl } from './features/display';
import { DocumentsScreen } from './features/documents';
import { EmployerScreen } from './features/employer';
import { EmployerSpaceScreen } from './features/employerSpace';
import { EndingScreen } from './features/ending';
import { ExchangesScreen } from './features/exchanges';
import { IdleDialog, MaxLengthDialog } from './features/idle';
import { OnScreenKeyboard } from './features/keyboard';
import { LanguageMenu, useVisitLanguage } from './features/language';
import { LoginScreen } from './features/login';
import { AttestationsScreen, PaiementsScreen } from './features/paiements';
import { OffresScreen } from './features/offres';
import { OutOfServiceScreen, useServiceEvents } from './features/outOfService';
import { PasswordChangeScreen, PasswordForgottenScreen } from './features/password';
import { ProfilScreen } from './features/profil';
import { RegistrationScreen, ResumeScreen } from './features/registration';
import { SecurityKeyScreen } from './features/webauthn';
import { HistoryScreen, IdentifiantForgottenScreen, SituationScreen } from './features/situation';
import { SpeechControl } from './features/speech';
import {
  EndVisitButton,
  OtherPageScreen,
  useActivityReporter,
  useVisitEvents,
} from './features/visit';
import { WelcomeScreen } from './features/welcome';
import { initI18n } from './i18n';
import { useKioskStore } from './store';
import { DialogAssistContext, Page } from './ui';
import { useReadyMarker } from './useReadyMarker';

function CurrentScreen() {
  const screen = useKioskStore((s) => s.screen);
  const phase = useKioskStore((s) => s.phase);
  const outOfService = useKioskStore((s) => s.settings?.outOfService === true);
  if (phase === 'ending') return <EndingScreen />;
  if (phase === 'refused') return <OtherPageScreen />;
  if (outOfService) return <OutOfServiceScreen />;
  if (screen === 'login') return <LoginScreen />;
  if (screen === 'dashboard') return <DashboardScreen />;
  if (screen === 'actualisation') return <ActualisationScreen />;
  if (screen === 'documents') return <DocumentsScreen />;
  if (screen === 'exchanges') return <ExchangesScreen />;
  if (screen === 'cv') return <CvScreen />;
  if (screen === 'offres') return <OffresScreen />;
  if (screen === 'registration') return <RegistrationScreen />;
  if (screen === 'registrationResume') return <ResumeScreen />;
  if (screen === 'passwordForgotten') return <PasswordForgottenScreen />;
  if (screen === 'passwordChange') return <PasswordChangeScreen />;
  if (screen === 'securityKey') return <SecurityKeyScreen />;
  if (screen === 'employer') return <EmployerScreen />;
  if (screen === 'employerSpace') return <EmployerSpaceScreen />;
  if (screen === 'situation') return <SituationScreen />;
  if (screen === 'history') return <HistoryScreen />;
  if (screen === 'identifiantForgotten') return <IdentifiantForgottenScreen />;
  if (screen === 'paiements') return <PaiementsScreen />;
  if (screen === 'attestations') return <AttestationsScreen />;
  if (screen === 'profil') return <ProfilScreen />;
  return <WelcomeScreen />;
}

/**
 * Fetches the terminal's settings once (language), then shows the current screen. Not a
 * useKioskQuery: the language must be set in the same callback that lets the first screen render
 * (a query's answer is applied one commit later, so that screen would show in French first).
 */
function useSettings(): boolean {
  const api = useKioskApi();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let alive = true;
    void api.call('kiosk.settings', {}).then((result) => {
      if (!alive) return;
      if (result.ok) {
        useKioskStore.getState().setSettings(result.value);
        initI18n(result.value.locale);
      }
      // Without settings the kiosk still works, in French with main's own timeouts.
      setReady(true);
    });
    return () => {
      alive = false;
    };
  }, [api]);
  return ready;
}

export function App() {
  const { t } = useTranslation();
  const ready = useSettings();
  const inVisit = useKioskStore((s) => s.phase === 'visit');
  const refused = useKioskStore((s) => s.phase === 'refused');
  const outOfService = useKioskStore((s) => s.settings?.outOfService === true);
  const warningShown = useKioskStore((s) => s.idleWarning !== null || s.maxLengthWarning !== null);
  useVisitEvents();
  useAssistFollow();
  useServiceEvents();
  useVisitLanguage();
  useActivityReporter();
  useReadyMarker(ready);

  if (!ready) return <p className="fr-sr-only">{t('app.loading')}</p>;
  return (
    <DialogAssistContext value={refused ? null : <AssistInDialog />}>
      <Page
        serviceName={t('app.name')}
        tagline={t('app.tagline')}
        republic={[t('app.republicLine1'), t('app.republicLine2')]}
        actionsLabel={t('app.actions')}
        toolsLabel={t('app.tools')}
        tools={
          <>
            <SpeechControl />
            <LanguageMenu />
            <DisplayControl />
          </>
        }
        actions={
          <>
            {!refused && !outOfService && <AssistButton />}
            {inVisit && <EndVisitButton />}
          </>
        }
        status={
          <AdviserStatusRow>
            <AssistStatus />
          </AdviserStatusRow>
        }
        inert={warningShown}
        dock={<OnScreenKeyboard />}
      >
        <CurrentScreen />
      </Page>
      <IdleDialog />
      <MaxLengthDialog />
      <AdminExit />
      <AdviserMode />
    </DialogAssistContext>
  );
}

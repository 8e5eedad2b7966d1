import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode, ScreenId } from '../../../shared/contract';
import { Alert, Button, ScreenHeading, useDocumentTitle } from '../../ui';
import { LanguageChoice } from '../language';
import { useStartVisit } from '../visit';
import { EndedNotice } from './EndedNotice';

/** The attract screen: a large "Commencer"; touching anywhere on it starts as well. */
export function WelcomeScreen() {
  const { t } = useTranslation();
  const startVisit = useStartVisit();
  const starting = useRef(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  useDocumentTitle(t('app.documentTitle', { screen: t('welcome.documentTitle') }));

  const start = async (first?: ScreenId) => {
    if (starting.current) return;
    starting.current = true;
    setError(null);
    const code = await startVisit(first);
    starting.current = false;
    if (code) setError(code);
  };

  return (
    // The whole area is a touch target for pointer users; keyboard users have the button.
    <div className="kiosk-welcome" onClick={() => void start()}>
      <ScreenHeading>{t('welcome.title')}</ScreenHeading>
      <EndedNotice />
      <p className="fr-text--lead">{t('welcome.touchToStart')}</p>
      <Button
        className="kiosk-welcome__start"
        icon="fr-icon-arrow-right-line"
        onClick={(event) => {
          event.stopPropagation();
          void start();
        }}
      >
        {t('welcome.start')}
      </Button>
      {/* Offer search is open to anyone: no sign-in on the way. */}
      <Button
        priority="secondary"
        icon="fr-icon-search-line"
        onClick={(event) => {
          event.stopPropagation();
          void start('offres');
        }}
      >
        {t('welcome.offres')}
      </Button>
      <LanguageChoice />
      {error && <Alert severity="error" message={t(`errors.${error}`)} focusOnShow />}
    </div>
  );
}

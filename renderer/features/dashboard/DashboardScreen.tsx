import { useTranslation } from 'react-i18next';
import { useKioskStore } from '../../store';
import { Alert, ScreenHeading, ServiceTile, useDocumentTitle } from '../../ui';
import { ActualisationTile } from '../actualisation';
import { services } from './services';

const SOON_ID = 'services-soon';

/** The signed-in user's home: a greeting and the services (all "Bientôt" for now). */
export function DashboardScreen() {
  const { t } = useTranslation();
  const profile = useKioskStore((s) => s.profile);
  const documentsSoon = useKioskStore((s) => s.actualisationDocumentsSoon);
  useDocumentTitle(t('app.documentTitle', { screen: t('dashboard.documentTitle') }));

  return (
    <div className="kiosk-dashboard">
      <ScreenHeading>
        {t('dashboard.greeting', { prenom: profile?.prenom ?? '', nom: profile?.nom ?? '' })}
      </ScreenHeading>
      <h2 className="fr-h4">{t('dashboard.servicesTitle')}</h2>
      {documentsSoon && <Alert severity="info" message={t('actualisation.done.documentsSoon')} />}
      <p id={SOON_ID}>{t('dashboard.soonExplanation')}</p>
      <ul className="kiosk-tiles">
        {services.map((id) =>
          id === 'actualisation' ? (
            <ActualisationTile key={id} />
          ) : (
            <ServiceTile
              key={id}
              title={t(`dashboard.services.${id}.title`)}
              description={t(`dashboard.services.${id}.description`)}
              badge={t('dashboard.soon')}
              unavailable
              describedBy={SOON_ID}
            />
          ),
        )}
      </ul>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useKioskStore } from '../../store';
import { ScreenHeading, ServiceTile, useDocumentTitle } from '../../ui';
import { services } from './services';

const SOON_ID = 'services-soon';

/** The signed-in user's home: a greeting and the services (all "Bientôt" for now). */
export function DashboardScreen() {
  const { t } = useTranslation();
  const profile = useKioskStore((s) => s.profile);
  const goTo = useKioskStore((s) => s.goTo);
  useDocumentTitle(t('app.documentTitle', { screen: t('dashboard.documentTitle') }));

  return (
    <div className="kiosk-dashboard">
      <ScreenHeading>
        {t('dashboard.greeting', { prenom: profile?.prenom ?? '', nom: profile?.nom ?? '' })}
      </ScreenHeading>
      <h2 className="fr-h4">{t('dashboard.servicesTitle')}</h2>
      <p id={SOON_ID}>{t('dashboard.soonExplanation')}</p>
      <ul className="kiosk-tiles">
        {services.map((id) =>
          // Issue 6: the security key service is available.
          id === 'cle' ? (
            <ServiceTile
              key={id}
              title={t(`dashboard.services.${id}.title`)}
              description={t(`dashboard.services.${id}.description`)}
              onActivate={() => goTo('securityKey')}
            />
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

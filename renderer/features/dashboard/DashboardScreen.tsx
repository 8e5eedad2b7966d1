import { useTranslation } from 'react-i18next';
import { useKioskStore } from '../../store';
import { ScreenHeading, ServiceTile, useDocumentTitle } from '../../ui';
import { ActualisationTile } from '../actualisation';
import { DashboardDocuments } from '../exchanges';
import { useServiceNews } from '../paiements';
import { ProvisionalDashboard } from './ProvisionalDashboard';
import { serviceIcons, serviceScreens, services } from './services';

const SOON_ID = 'services-soon';
/** A service without a screen yet shows "Bientôt" and the explanation below the heading. */
const someComing = services.some((id) => id !== 'actualisation' && !serviceScreens[id]);

/** The signed-in user's home; provisional codes (a sent registration) open a restricted one. */
export function DashboardScreen() {
  const access = useKioskStore((s) => s.access);
  return access === 'provisional' ? <ProvisionalDashboard /> : <EspaceDashboard />;
}

/** The espace personnel: a greeting, the services, and the documents sent lately. */
function EspaceDashboard() {
  const { t } = useTranslation();
  const profile = useKioskStore((s) => s.profile);
  const goTo = useKioskStore((s) => s.goTo);
  const news = useServiceNews();
  useDocumentTitle(t('app.documentTitle', { screen: t('dashboard.documentTitle') }));

  return (
    <div className="kiosk-dashboard">
      <ScreenHeading>
        {t('dashboard.greeting', { prenom: profile?.prenom ?? '', nom: profile?.nom ?? '' })}
      </ScreenHeading>
      <h2 className="fr-h4">{t('dashboard.servicesTitle')}</h2>
      {someComing && <p id={SOON_ID}>{t('dashboard.soonExplanation')}</p>}
      <ul className="kiosk-tiles">
        {services.map((id) => {
          if (id === 'actualisation') return <ActualisationTile key={id} icon={serviceIcons[id]} />;
          const target = serviceScreens[id];
          const first = id === 'paiements' || id === 'echanges' ? news[id] : undefined;
          return target ? (
            <ServiceTile
              key={id}
              title={t(`dashboard.services.${id}.title`)}
              icon={serviceIcons[id]}
              description={first?.description ?? t(`dashboard.services.${id}.description`)}
              badge={first?.badge}
              badgeSeverity={first?.severity}
              onActivate={() => goTo(target)}
            />
          ) : (
            <ServiceTile
              key={id}
              title={t(`dashboard.services.${id}.title`)}
              icon={serviceIcons[id]}
              description={t(`dashboard.services.${id}.description`)}
              badge={t('dashboard.soon')}
              unavailable
              describedBy={SOON_ID}
            />
          );
        })}
      </ul>
      <DashboardDocuments />
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useKioskStore } from '../../store';
import { ServiceTile, type ServiceTileProps } from '../../ui';
import { dayLabel, lastDayLabel, lastDayShort, periodVars } from './format';
import { useActualisationStatus } from './useActualisation';

/** The dashboard's "M'actualiser" tile, with the month's status: à faire / faite le … / fermée. */
export function ActualisationTile({ icon }: Pick<ServiceTileProps, 'icon'>) {
  const { t } = useTranslation();
  const { status } = useActualisationStatus();
  const goTo = useKioskStore((s) => s.goTo);
  let badge: string | undefined;
  let severity: 'success' | 'warning' | 'info' = 'info';
  let description = t('dashboard.services.actualisation.description');
  if (status?.declaration) {
    badge = t('actualisation.tile.done', { date: dayLabel(status.declaration.submittedAt) });
    severity = 'success';
    description = t('actualisation.tile.doneDescription', periodVars(status.period));
  } else if (status?.open) {
    badge = t('actualisation.tile.todo', { date: lastDayShort(status.closesAt) });
    severity = 'warning';
    description = t('actualisation.tile.todoDescription', {
      ...periodVars(status.period),
      date: lastDayLabel(status.closesAt),
    });
  } else if (status) {
    badge = t('actualisation.tile.closed');
    description = t('actualisation.tile.closedDescription', { date: dayLabel(status.opensAt) });
  }
  return (
    <ServiceTile
      title={t('dashboard.services.actualisation.title')}
      icon={icon}
      description={description}
      badge={badge}
      badgeSeverity={severity}
      onActivate={() => goTo('actualisation')}
    />
  );
}

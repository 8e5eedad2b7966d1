import { useTranslation } from 'react-i18next';
import { canPublishOffers, type EmployerSpace } from '../../../shared/domain/employerSpace';
import { Badge, Button, ScreenHeading, useDocumentTitle } from '../../ui';
import type { EmployerView } from './EmployerSpaceScreen';
import styles from './employerSpace.module.css';

/**
 * The employer dashboard: whether an adviser has certified the space, in plain words, and what
 * that opens. A certified entreprise publishes offers and reads the candidatures; one not yet
 * certified sees what it will do once it is; a particulier employeur sees its partial access
 * (seed: search without the candidates' details, attestation blocked, offers kept until then).
 */
export function EmployerHome({
  space,
  onOpen,
}: {
  space: EmployerSpace;
  onOpen(view: EmployerView): void;
}) {
  const { t } = useTranslation();
  const h = (key: string, values?: Record<string, string>) => t(`employer.home.${key}`, values);
  useDocumentTitle(t('app.documentTitle', { screen: h('documentTitle') }));
  const certified = space.certification === 'certified';
  const entreprise = space.kind === 'entreprise';
  const can: string[] = [];
  const later: string[] = [];
  if (entreprise) {
    if (canPublishOffers(space)) can.push(h('entreprise.publish'));
    else later.push(h('entreprise.publishLater'));
    can.push(h('entreprise.mine'));
  } else if (certified) {
    can.push(h('particulier.allOpen'));
  } else {
    can.push(h('particulier.search'), h('particulier.offer'));
    later.push(h('particulier.attestation'), h('particulier.proposal'));
  }

  return (
    <div className="kiosk-form-screen">
      <ScreenHeading>{h('title')}</ScreenHeading>
      <p className="fr-text--lead">
        {h('hello', { name: space.name })} {h(`kind.${space.kind}`)}
        {space.establishment ? ` — ${space.establishment}` : ''}
      </p>
      <section aria-labelledby="employer-status" className={styles.status}>
        <h2 id="employer-status" className="fr-h5">
          {h('status.title')}{' '}
          <Badge severity={certified ? 'success' : 'info'}>
            {certified ? h('status.certifiedBadge') : h('status.pendingBadge')}
          </Badge>
        </h2>
        <p>{certified ? h('status.certified') : h('status.pending')}</p>
      </section>
      {entreprise && (
        <div className="kiosk-form-actions">
          {canPublishOffers(space) && (
            <Button icon="fr-icon-add-line" onClick={() => onOpen('publish')}>
              {h('actions.publish')}
            </Button>
          )}
          <Button priority="secondary" onClick={() => onOpen('offres')}>
            {h('actions.mine')}
          </Button>
        </div>
      )}
      <section aria-labelledby="employer-can" className={styles.services}>
        <h2 id="employer-can" className="fr-h5">
          {h('canTitle')}
        </h2>
        <ul>
          {can.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      {later.length > 0 && (
        <section aria-labelledby="employer-later" className={styles.services}>
          <h2 id="employer-later" className="fr-h5">
            {h('laterTitle')}
          </h2>
          <ul>
            {later.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      {!entreprise && <p>{h('particulier.where')}</p>}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useKioskQuery } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading, useDocumentTitle } from '../../ui';
import { useDeclaredUnsentWork } from '../visit';
import { ChangeDone } from './ChangeDone';
import { ChangeForm } from './ChangeForm';
import { ChangeReview } from './ChangeReview';
import { PasswordForm } from './PasswordForm';
import { ProfilOverview } from './ProfilOverview';

/**
 * « Mon profil »: the values the central API holds, then one change at a time — typed, read back,
 * sent through the outbox, with a receipt. The password is changed on its own form, at once.
 */
export function ProfilScreen() {
  const { t } = useTranslation();
  const view = useKioskStore((s) => s.profilView);
  const kind = useKioskStore((s) => s.profilKind);
  const goTo = useKioskStore((s) => s.goTo);
  const typed = useKioskStore((s) => (s.profilKind ? s.profilDrafts[s.profilKind] : undefined));
  // A change typed and not sent yet: « Terminer » asks first, as for any form under way.
  useDeclaredUnsentWork('form', (view === 'edit' || view === 'review') && typed !== undefined);
  const receipt = useKioskStore((s) => s.profilReceipt);
  // One title per view, set here: a view's own effect would not run again on coming back to it.
  const title =
    view === 'edit' && kind
      ? t(`profil.edit.title.${kind}`)
      : view === 'review'
        ? t('profil.review.title')
        : view === 'done'
          ? t(receipt?.status === 'queued' ? 'profil.done.queued' : 'profil.done.sent')
          : view === 'password'
            ? t('profil.password.title')
            : t('profil.documentTitle');
  useDocumentTitle(t('app.documentTitle', { screen: title }));
  // Asked again each time the overview shows: a change just sent is then read back from the API.
  const query = useKioskQuery('profil.get', view === 'overview' ? {} : null);
  const profil = query.result?.ok ? query.result.value : null;

  if (view === 'password') return <PasswordForm />;
  if (view === 'edit' && kind) return <ChangeForm kind={kind} profil={profil} />;
  if (view === 'review' && kind) return <ChangeReview kind={kind} />;
  if (view === 'done') return <ChangeDone />;
  return (
    <div>
      <ScreenHeading>{t('profil.title')}</ScreenHeading>
      <p>
        <Button
          priority="tertiary"
          icon="fr-icon-arrow-left-line"
          onClick={() => goTo('dashboard')}
        >
          {t('profil.backHome')}
        </Button>
      </p>
      <p>{t('profil.intro')}</p>
      {query.result && !query.result.ok && (
        <Alert severity="error" message={t('profil.errors.load')} focusOnShow />
      )}
      {profil && <ProfilOverview profil={profil} />}
      {query.loading && !profil && <p role="status">{t('app.loading')}</p>}
    </div>
  );
}

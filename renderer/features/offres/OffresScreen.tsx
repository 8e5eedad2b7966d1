import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationReceipt } from '../../../shared/contract';
import type { CvSummary } from '../../../shared/contract/cv';
import {
  emptySearchDraft,
  type ApplicationDraft,
  type OfferSearch,
  type OfferSearchDraft,
  type OfferSort,
} from '../../../shared/domain/offres';
import { useKioskStore } from '../../store';
import { Button, ScreenHeading, useDocumentTitle } from '../../ui';
import { useDeclaredUnsentWork } from '../visit';
import { AlertForm, AlertList } from './Alerts';
import { Applied, ApplyForm, ApplyReview, type ApplyOffer } from './Apply';
import { Classeur } from './Classeur';
import { alertName, alertSummary, criteriaOf } from './criteria';
import { OfferDetailView } from './OfferDetailView';
import { Results } from './Results';
import { SearchForm } from './SearchForm';
import styles from './offres.module.css';

type From = 'search' | 'results' | 'classeur';
type View =
  | { name: 'search' }
  | { name: 'results' }
  | { name: 'detail'; numero: string; from: From }
  | { name: 'apply'; offer: ApplyOffer; from: From }
  | { name: 'applyReview'; offer: ApplyOffer; from: From; cv: CvSummary }
  | { name: 'applied'; offer: ApplyOffer; from: From; receipt: ApplicationReceipt }
  | { name: 'classeur' }
  | { name: 'alerts'; notice: string | null }
  | { name: 'alertForm' };

const emptyApplication: ApplicationDraft = { cvId: '', message: '' };

/**
 * Job offers, for anyone in a visit: the search, its results, an offer; and for a signed-in job
 * seeker the classeur, the alerts and applying. What was typed stays while the person goes back
 * and forth; all of it goes with the screen.
 */
export function OffresScreen() {
  const { t } = useTranslation();
  const signedIn = useKioskStore((s) => s.profile !== null);
  const goTo = useKioskStore((s) => s.goTo);
  // Another screen may have sent the person here (« Voir les offres pour ce CV »): opened once.
  const [request] = useState(() => useKioskStore.getState().offresRequest);
  useEffect(() => {
    useKioskStore.getState().takeOffresRequest();
  }, []);
  const [draft, setDraft] = useState<OfferSearchDraft>(
    request?.view === 'results' ? request.draft : emptySearchDraft,
  );
  const [criteria, setCriteria] = useState<OfferSearch | null>(
    request?.view === 'results' ? criteriaOf(request.draft) : null,
  );
  const [sort, setSort] = useState<OfferSort>('pertinence');
  const [page, setPage] = useState(1);
  const [view, setView] = useState<View>(
    request?.view === 'results'
      ? { name: 'results' }
      : request?.view === 'alerts'
        ? { name: 'alerts', notice: null }
        : request
          ? { name: request.view }
          : { name: 'search' },
  );
  const [application, setApplication] = useState<ApplicationDraft>(emptyApplication);
  // An application chosen or typed and not sent yet: « Terminer » asks first.
  useDeclaredUnsentWork(
    'form',
    (view.name === 'apply' || view.name === 'applyReview') &&
      (application.cvId !== '' || application.message.trim() !== ''),
  );
  const job = criteria && draft.appellation ? draft.appellation.label : null;
  const heading = headingOf(view, job, t);
  useDocumentTitle(
    t('app.documentTitle', {
      screen:
        view.name === 'search'
          ? t('offres.documentTitle')
          : t('offres.documentTitleOf', { where: heading }),
    }),
  );
  const toSearch = () => setView({ name: 'search' });
  const backTo = (from: From): View => (from === 'search' ? { name: 'search' } : { name: from });
  const backButton = (label: string, to: View) => (
    <Button priority="secondary" icon="fr-icon-arrow-left-line" onClick={() => setView(to)}>
      {label}
    </Button>
  );

  return (
    <div className={styles.screen}>
      <ScreenHeading key={view.name}>{heading}</ScreenHeading>
      {view.name === 'search' && (
        <>
          <p>{t('offres.intro')}</p>
          {signedIn && (
            <div className={styles.mine}>
              <Button priority="tertiary" onClick={() => setView({ name: 'classeur' })}>
                {t('offres.classeur.open')}
              </Button>
              <Button priority="tertiary" onClick={() => setView({ name: 'alerts', notice: null })}>
                {t('offres.alerts.open')}
              </Button>
            </div>
          )}
          <SearchForm
            draft={draft}
            onDraftChange={setDraft}
            onSearch={(values) => {
              setCriteria(criteriaOf(values));
              setPage(1);
              setView({ name: 'results' });
            }}
            onOpenOffer={(numero) => setView({ name: 'detail', numero, from: 'search' })}
            leave={
              <Button priority="secondary" onClick={() => goTo(signedIn ? 'dashboard' : 'login')}>
                {signedIn ? t('offres.backToSpace') : t('offres.signIn')}
              </Button>
            }
          />
        </>
      )}
      {view.name === 'results' && criteria && (
        <Results
          criteria={criteria}
          sort={sort}
          page={page}
          onSort={(next) => {
            setSort(next);
            setPage(1);
          }}
          onPage={setPage}
          onOpen={(numero) => setView({ name: 'detail', numero, from: 'results' })}
          onNewSearch={toSearch}
          onSubscribe={signedIn ? () => setView({ name: 'alertForm' }) : undefined}
        />
      )}
      {view.name === 'detail' && (
        <OfferDetailView
          numero={view.numero}
          saved={view.from === 'classeur'}
          backLabel={
            view.from === 'results'
              ? t('offres.detail.back')
              : view.from === 'classeur'
                ? t('offres.classeur.back')
                : t('offres.results.newSearch')
          }
          onBack={() => setView(backTo(view.from))}
          onApply={(offer) => {
            setApplication(emptyApplication);
            setView({
              name: 'apply',
              offer: { numero: offer.numero, title: offer.title },
              from: view.from,
            });
          }}
        />
      )}
      {view.name === 'apply' && (
        <ApplyForm
          offer={view.offer}
          draft={application}
          onDraftChange={setApplication}
          onReview={(values, cv) => {
            setApplication(values);
            setView({ ...view, name: 'applyReview', cv });
          }}
          back={backButton(t('offres.apply.back'), {
            name: 'detail',
            numero: view.offer.numero,
            from: view.from,
          })}
        />
      )}
      {view.name === 'applyReview' && (
        <ApplyReview
          offer={view.offer}
          draft={application}
          cv={view.cv}
          onModify={() => setView({ name: 'apply', offer: view.offer, from: view.from })}
          onSent={(receipt) => {
            setApplication(emptyApplication);
            setView({ name: 'applied', offer: view.offer, from: view.from, receipt });
          }}
        />
      )}
      {view.name === 'applied' && (
        <Applied
          receipt={view.receipt}
          back={backButton(t('offres.apply.back'), {
            name: 'detail',
            numero: view.offer.numero,
            from: view.from,
          })}
        />
      )}
      {view.name === 'classeur' && (
        <Classeur
          onOpen={(numero) => setView({ name: 'detail', numero, from: 'classeur' })}
          back={backButton(t('offres.results.newSearch'), { name: 'search' })}
        />
      )}
      {view.name === 'alerts' && (
        <AlertList
          notice={view.notice}
          back={backButton(t('offres.results.newSearch'), { name: 'search' })}
        />
      )}
      {view.name === 'alertForm' && criteria && (
        <AlertForm
          criteria={criteria}
          summary={alertSummary(draft, t)}
          suggestedName={alertName(draft)}
          onCreated={() => setView({ name: 'alerts', notice: t('offres.alerts.created') })}
          back={backButton(t('offres.alerts.cancel'), { name: 'results' })}
        />
      )}
    </div>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function headingOf(view: View, job: string | null, t: T): string {
  switch (view.name) {
    case 'search':
      return t('offres.title');
    case 'results':
      return job ? t('offres.results.titleFor', { job }) : t('offres.results.title');
    case 'detail':
      return t('offres.documentTitle');
    case 'apply':
      return t('offres.apply.title');
    case 'applyReview':
      return t('offres.apply.reviewTitle');
    case 'applied':
      return view.receipt.status === 'sent'
        ? t('offres.apply.sentTitle')
        : t('offres.apply.queuedTitle');
    case 'classeur':
      return t('offres.classeur.title');
    case 'alerts':
      return t('offres.alerts.title');
    case 'alertForm':
      return t('offres.alerts.formTitle');
  }
}

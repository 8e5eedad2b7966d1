import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  emptySearchDraft,
  type OfferSearch,
  type OfferSearchDraft,
  type OfferSort,
} from '../../../shared/domain/offres';
import { useKioskStore } from '../../store';
import { Button, ScreenHeading, useDocumentTitle } from '../../ui';
import { criteriaOf } from './criteria';
import { OfferDetailView } from './OfferDetailView';
import { Results } from './Results';
import { SearchForm } from './SearchForm';
import styles from './offres.module.css';

type View =
  | { name: 'search' }
  | { name: 'results' }
  | { name: 'detail'; numero: string; from: 'search' | 'results' };

/**
 * Job offers, for anyone in a visit: the search, its results, an offer. What was typed stays
 * while the person goes back and forth; all of it goes with the screen.
 */
export function OffresScreen() {
  const { t } = useTranslation();
  const signedIn = useKioskStore((s) => s.profile !== null);
  const goTo = useKioskStore((s) => s.goTo);
  const [draft, setDraft] = useState<OfferSearchDraft>(emptySearchDraft);
  const [criteria, setCriteria] = useState<OfferSearch | null>(null);
  const [sort, setSort] = useState<OfferSort>('pertinence');
  const [page, setPage] = useState(1);
  const [view, setView] = useState<View>({ name: 'search' });
  const job = criteria && draft.appellation ? draft.appellation.label : null;
  const heading =
    view.name === 'search'
      ? t('offres.title')
      : view.name === 'results'
        ? job
          ? t('offres.results.titleFor', { job })
          : t('offres.results.title')
        : t('offres.documentTitle');
  useDocumentTitle(
    t('app.documentTitle', {
      screen:
        view.name === 'search'
          ? t('offres.documentTitle')
          : t('offres.documentTitleOf', { where: heading }),
    }),
  );

  return (
    <div className={styles.screen}>
      <ScreenHeading key={view.name}>{heading}</ScreenHeading>
      {view.name === 'search' && (
        <>
          <p>{t('offres.intro')}</p>
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
          onNewSearch={() => setView({ name: 'search' })}
        />
      )}
      {view.name === 'detail' && (
        <OfferDetailView
          numero={view.numero}
          backLabel={
            view.from === 'results' ? t('offres.detail.back') : t('offres.results.newSearch')
          }
          onBack={() => setView(view.from === 'results' ? { name: 'results' } : { name: 'search' })}
        />
      )}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { screenIds, type ScreenId } from '../../../shared/contract';
import type { CvSummary } from '../../../shared/contract/cv';
import { emptyCv, MAX_CVS_PER_USER, type CvStep } from '../../../shared/domain/cv';
import { useKioskCall, useKioskQuery } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading, StatusMessage } from '../../ui';
import styles from './cv.module.css';

/** Express mode is the documents flow's scan; shown only where that screen exists. */
const documentsScreen = (screenIds as readonly string[]).includes('documents')
  ? ('documents' as ScreenId)
  : undefined;

export function CvList() {
  const { t } = useTranslation();
  const getCv = useKioskCall('cv.get');
  const duplicateCv = useKioskCall('cv.duplicate');
  const setStatus = useKioskCall('cv.setStatus');
  const deleteCv = useKioskCall('cv.delete');
  const goTo = useKioskStore((s) => s.goTo);
  const editCv = useKioskStore((s) => s.editCv);
  const list = useKioskQuery('cv.list', {});
  // The list shown stays on screen while it is asked again after an action.
  const cvs: CvSummary[] | null = list.result?.ok ? list.result.value.cvs : null;
  const max = list.result?.ok ? list.result.value.max : MAX_CVS_PER_USER;
  const listError =
    list.result && !list.result.ok ? t(`errors.${list.result.error.code}`, { minutes: 0 }) : null;
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? listError;
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [limitShown, setLimitShown] = useState(false);

  const open = async (cv: CvSummary, step?: CvStep) => {
    const result = await getCv.run({ cvId: cv.cvId });
    if (!result) return;
    if (!result.ok) return setError(t(`errors.${result.error.code}`, { minutes: 0 }));
    editCv(result.value.content, cv.cvId, step ?? result.value.step);
  };

  /** null: the same action is still running (a second press does nothing) or the screen is gone. */
  const act = async (run: () => Promise<{ ok: boolean } | null>, message: string) => {
    setError(null);
    const result = await run();
    if (!result) return;
    if (result.ok) setNotice(message);
    else setError(t('errors.api_error'));
    setConfirming(null);
    list.reload();
  };

  const duplicate = async (cv: CvSummary) => {
    if (cvs && cvs.length >= max) return setLimitShown(true);
    const result = await duplicateCv.run({ cvId: cv.cvId });
    if (!result) return;
    if (!result.ok) {
      const key = result.error.fields?._ ?? result.error.fields?.['target.appellation'];
      return setError(key ? t(key) : t(`errors.${result.error.code}`, { minutes: 0 }));
    }
    const copy = await getCv.run({ cvId: result.value.cvId });
    if (copy?.ok) editCv(copy.value.content, result.value.cvId, 'cible');
  };

  const create = () => {
    if (cvs && cvs.length >= max) setLimitShown(true);
    else editCv(emptyCv(), null, 'cible');
  };

  return (
    <div className={styles.cv}>
      <ScreenHeading>{t('cv.title')}</ScreenHeading>
      <p>{t('cv.intro', { max })}</p>
      {error && <Alert severity="error" message={error} focusOnShow />}
      {limitShown && (
        <Alert severity="warning" message={t('cv.limitReached', { max })} focusOnShow />
      )}
      <StatusMessage message={notice ?? ''} />
      {cvs === null ? (
        <p>{t('cv.loading')}</p>
      ) : cvs.length === 0 ? (
        <p>{t('cv.empty')}</p>
      ) : (
        <ul className="kiosk-cards">
          {cvs.map((cv) => {
            const title = cv.title || cv.appellation || t('cv.noTitle');
            return (
              <li key={cv.cvId} className="kiosk-card">
                <div className="kiosk-card__body">
                  <h2 className="kiosk-card__title">{title}</h2>
                  <p className="kiosk-card__meta">
                    {[
                      cv.appellation && `${cv.appellation} (${cv.rome})`,
                      t(`cv.status.${cv.status}`),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                    {' · '}
                    {t('cv.percent', { percent: cv.percent })}
                  </p>
                </div>
                <div
                  className="kiosk-card__aside"
                  role="group"
                  aria-label={t('cv.actionsFor', { title })}
                >
                  <Button onClick={() => void open(cv)}>{t('cv.actions.open')}</Button>
                  <Button priority="secondary" onClick={() => void duplicate(cv)}>
                    {t('cv.actions.duplicate')}
                  </Button>
                  {cv.status === 'published' && (
                    <Button
                      priority="secondary"
                      onClick={() =>
                        void act(
                          () => setStatus.run({ cvId: cv.cvId, status: 'suspended' }),
                          t('cv.status.suspended'),
                        )
                      }
                    >
                      {t('cv.actions.suspend')}
                    </Button>
                  )}
                  {cv.status === 'suspended' && (
                    <Button
                      priority="secondary"
                      onClick={() =>
                        void act(
                          () => setStatus.run({ cvId: cv.cvId, status: 'published' }),
                          t('cv.status.published'),
                        )
                      }
                    >
                      {t('cv.actions.resume')}
                    </Button>
                  )}
                  {confirming === cv.cvId ? (
                    <Button
                      priority="tertiary"
                      onClick={() =>
                        void act(() => deleteCv.run({ cvId: cv.cvId }), t('cv.deleted'))
                      }
                    >
                      {t('cv.actions.confirmDelete')}
                    </Button>
                  ) : (
                    <Button priority="tertiary" onClick={() => setConfirming(cv.cvId)}>
                      {t('cv.actions.delete')}
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <div className="kiosk-form-actions">
        <Button onClick={create}>{t('cv.create')}</Button>
        {documentsScreen && (
          <Button priority="secondary" onClick={() => goTo(documentsScreen)}>
            {t('cv.express')}
          </Button>
        )}
        <Button priority="tertiary" onClick={() => goTo('dashboard')}>
          {t('cv.back')}
        </Button>
      </div>
    </div>
  );
}

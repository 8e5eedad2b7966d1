import { useTranslation } from 'react-i18next';
import { Alert, Button, SubStepHeading } from '../../ui';
import { PageThumbnails } from './PageThumbnails';
import { ScanProblem } from './ScanProblem';
import styles from './scan.module.css';
import type { ScanControls } from './useScan';

/**
 * Scan pages: one at a time on the glass ("Numériser une page", then "Scanner une autre page"), or all at
 * once from the feeder; the thumbnails let the user fix the order and orientation; "Terminer" goes
 * on to the document type.
 */
export function ScanStep({
  scan,
  onFinish,
  onCamera,
}: {
  scan: ScanControls;
  onFinish(): void;
  /** "Prendre en photo", offered when the terminal has a camera. */
  onCamera?: () => void;
}) {
  const { t } = useTranslation();
  const { status, running } = scan;
  const count = status.pages.length;
  const percent = Math.round(status.percent);

  return (
    <>
      {/*
        Once a page is in, the instruction names the next one ("la première page" would be wrong);
        when the scan failed, the problem says what to do instead, and the instruction is not shown.
      */}
      {status.state !== 'failed' && (
        <p>{count === 0 ? t('documents.intro') : t('documents.introNext', { n: count + 1 })}</p>
      )}
      {scan.errorKey && <Alert severity="error" message={t(scan.errorKey)} focusOnShow />}
      {status.state === 'failed' && status.problem ? (
        <>
          <ScanProblem problem={status.problem} onRetry={() => void scan.start(status.source)} />
          {onCamera && (
            <Button priority="secondary" icon="fr-icon-camera-line" onClick={onCamera}>
              {t('documents.camera.open')}
            </Button>
          )}
        </>
      ) : running ? (
        <div className={styles.progress}>
          <p role="status">
            {status.state === 'cancelling'
              ? t('documents.cancelling')
              : t('documents.scanning', { page: status.page, percent })}
          </p>
          <progress max={100} value={percent} aria-label={t('documents.progressLabel')} />
          <Button
            priority="secondary"
            onClick={() => void scan.cancel()}
            nativeProps={{ disabled: status.state === 'cancelling' }}
          >
            {t('documents.cancelScan')}
          </Button>
        </div>
      ) : (
        <div className="kiosk-form-actions">
          <Button icon="fr-icon-file-add-line" onClick={() => void scan.start('flatbed')}>
            {count === 0 ? t('documents.scanPage') : t('documents.nextPage')}
          </Button>
          {count === 0 && (
            <Button priority="secondary" onClick={() => void scan.start('feeder')}>
              {t('documents.scanFeeder')}
            </Button>
          )}
          {onCamera && (
            <Button priority="secondary" icon="fr-icon-camera-line" onClick={onCamera}>
              {t('documents.camera.open')}
            </Button>
          )}
          {count > 0 && (
            <Button priority="secondary" onClick={onFinish}>
              {t('documents.finish')}
            </Button>
          )}
        </div>
      )}
      {status.state === 'cancelled' && (
        <p role="status" className={styles.notice}>
          {count === 0 ? t('documents.cancelledNoPages') : t('documents.cancelled')}
        </p>
      )}
      <SubStepHeading className={`fr-h5 ${styles.title}`}>
        {t('documents.pagesTitle')}
      </SubStepHeading>
      {count > 0 && !running && <p role="status">{t('documents.scanned', { count })}</p>}
      <PageThumbnails
        pages={status.pages}
        disabled={running}
        onRotate={(p) => void scan.rotate(p)}
        onRemove={(p) => void scan.remove(p)}
        onMove={(p, to) => void scan.move(p, to)}
      />
      {count > 0 && !running && (
        <Button priority="tertiary" onClick={() => void scan.discard()}>
          {t('documents.startOver')}
        </Button>
      )}
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScannedPage } from '../../../shared/contract/documents';
import { Alert, Button, SubStepHeading } from '../../ui';
import styles from './camera.module.css';
import { CameraProblem } from './CameraProblem';
import { useCamera } from './useCamera';

/** The guide frame: an A4 sheet (portrait) filling 90 % of the picture's height, centred. */
const GUIDE_HEIGHT = 0.9;
const A4_RATIO = 210 / 297;

/**
 * "Prendre en photo": the live picture with a guide frame and the page main detects in it,
 * "Prendre la photo", then the straightened page with "Reprendre" / "Garder cette page".
 */
export function CameraStep({
  onKeep,
  onCancel,
}: {
  onKeep(pages: ScannedPage[]): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const { videoRef, state, corners, errorKey, capture, retake, restart } = useCamera();
  // The picture's own size (the overlay's coordinates), known once the video has its metadata.
  const [size, setSize] = useState({ vw: 1600, vh: 900 });

  if (state.kind === 'problem')
    return (
      <CameraProblem problem={state.problem} onRetry={() => void restart()} onScanner={onCancel} />
    );

  if (state.kind === 'review')
    return (
      <section aria-labelledby="camera-title">
        {/* Each view's heading mounts anew (its key): it takes the focus when the view changes
            (camera ↔ review), not on every state, so an error shown while live keeps the focus its
            alert took. */}
        <SubStepHeading key="review" id="camera-title">
          {t('documents.camera.reviewTitle')}
        </SubStepHeading>
        {state.found ? (
          <p role="status">{t('documents.camera.straightened')}</p>
        ) : (
          <Alert severity="warning" message={t('documents.camera.notFound')} />
        )}
        <img
          className={styles.result}
          src={state.page.preview}
          alt={t('documents.camera.resultAlt')}
        />
        <div className="kiosk-form-actions kiosk-form-actions--step">
          <Button icon="fr-icon-check-line" onClick={() => onKeep(state.pages)}>
            {t('documents.camera.keep')}
          </Button>
          <Button priority="secondary" onClick={() => void retake()}>
            {t('documents.camera.retake')}
          </Button>
        </div>
      </section>
    );

  const { vw, vh } = size;
  const gh = vh * GUIDE_HEIGHT;
  const gw = gh * A4_RATIO;
  const live = state.kind === 'live';
  return (
    <section aria-labelledby="camera-title">
      <SubStepHeading key="camera" id="camera-title">
        {t('documents.camera.title')}
      </SubStepHeading>
      <p>{t('documents.camera.intro')}</p>
      {errorKey && <Alert severity="error" message={t(errorKey)} focusOnShow />}
      <div className={styles.view}>
        <video
          ref={videoRef}
          className={styles.video}
          muted
          playsInline
          onLoadedMetadata={(e) => {
            const { videoWidth, videoHeight } = e.currentTarget;
            if (videoWidth && videoHeight) setSize({ vw: videoWidth, vh: videoHeight });
          }}
          aria-label={t('documents.camera.videoLabel')}
        />
        <svg
          className={styles.overlay}
          viewBox={`0 0 ${vw} ${vh}`}
          preserveAspectRatio="xMidYMid meet"
          aria-hidden="true"
        >
          <rect
            className={styles.guide}
            x={(vw - gw) / 2}
            y={(vh - gh) / 2}
            width={gw}
            height={gh}
          />
          {corners && (
            <polygon
              className={styles.page}
              data-outline="page"
              points={corners.map((p) => `${p.x * vw},${p.y * vh}`).join(' ')}
            />
          )}
        </svg>
      </div>
      <p role="status" className={styles.status}>
        {state.kind === 'starting'
          ? t('documents.camera.starting')
          : state.kind === 'capturing'
            ? t('documents.camera.capturing')
            : corners
              ? t('documents.camera.pageSeen')
              : t('documents.camera.noPageSeen')}
      </p>
      <div className="kiosk-form-actions kiosk-form-actions--step">
        <Button
          icon="fr-icon-camera-line"
          onClick={() => void capture()}
          nativeProps={{ disabled: !live }}
        >
          {t('documents.camera.take')}
        </Button>
        <Button priority="secondary" onClick={onCancel}>
          {t('documents.camera.cancel')}
        </Button>
      </div>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { ScannedPage } from '../../../shared/contract/documents';
import { Button } from '../../ui';
import styles from './scan.module.css';

interface Props {
  pages: ScannedPage[];
  disabled: boolean;
  onRotate(page: ScannedPage): void;
  onRemove(page: ScannedPage): void;
  onMove(page: ScannedPage, to: number): void;
}

/** The scanned pages in order, each with rotate / move / delete: all buttons, all keyboard-usable. */
export function PageThumbnails({ pages, disabled, onRotate, onRemove, onMove }: Props) {
  const { t } = useTranslation();
  if (pages.length === 0) return <p>{t('documents.noPagesYet')}</p>;
  return (
    <ol className={styles.pages}>
      {pages.map((page, index) => {
        const n = index + 1;
        return (
          <li key={page.id} className={styles.page}>
            <img className={styles.image} src={page.preview} alt={t('documents.page', { n })} />
            <span className={styles.number} aria-hidden="true">
              {n}
            </span>
            <div
              className={styles.actions}
              role="group"
              aria-label={t('documents.pageActions', { n })}
            >
              <Button
                size="medium"
                priority="tertiary"
                icon="fr-icon-refresh-line"
                onClick={() => !disabled && onRotate(page)}
                nativeProps={{
                  'aria-label': t('documents.rotate', { n }),
                  title: t('documents.rotate', { n }),
                }}
              >
                {t('documents.rotate', { n })}
              </Button>
              <Button
                size="medium"
                priority="tertiary"
                icon="fr-icon-arrow-up-line"
                onClick={() => !disabled && index > 0 && onMove(page, index - 1)}
                nativeProps={{
                  'aria-label': t('documents.moveUp', { n }),
                  title: t('documents.moveUp', { n }),
                  'aria-disabled': index === 0 || undefined,
                }}
              >
                {t('documents.moveUp', { n })}
              </Button>
              <Button
                size="medium"
                priority="tertiary"
                icon="fr-icon-arrow-down-line"
                onClick={() => !disabled && index < pages.length - 1 && onMove(page, index + 1)}
                nativeProps={{
                  'aria-label': t('documents.moveDown', { n }),
                  title: t('documents.moveDown', { n }),
                  'aria-disabled': index === pages.length - 1 || undefined,
                }}
              >
                {t('documents.moveDown', { n })}
              </Button>
              <Button
                size="medium"
                priority="tertiary"
                icon="fr-icon-delete-line"
                onClick={() => !disabled && onRemove(page)}
                nativeProps={{
                  'aria-label': t('documents.remove', { n }),
                  title: t('documents.remove', { n }),
                }}
              >
                {t('documents.remove', { n })}
              </Button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

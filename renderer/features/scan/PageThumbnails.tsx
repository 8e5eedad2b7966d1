import { useTranslation } from 'react-i18next';
import type { ScannedPage } from '../../../shared/contract/documents';
import { Button, type ButtonProps } from '../../ui';
import styles from './scan.module.css';

interface Props {
  pages: ScannedPage[];
  disabled: boolean;
  onRotate(page: ScannedPage): void;
  onRemove(page: ScannedPage): void;
  onMove(page: ScannedPage, to: number): void;
}

/**
 * The scanned pages in order, each card its picture beside its actions. Every action shows its
 * word (a newcomer does not read icons); its accessible name starts with that word and names the
 * page, so a screen reader listing the buttons still knows which page each acts on.
 */
export function PageThumbnails({ pages, disabled, onRotate, onRemove, onMove }: Props) {
  const { t } = useTranslation();
  if (pages.length === 0) return <p>{t('documents.noPagesYet')}</p>;
  return (
    <ol className={styles.pages}>
      {pages.map((page, index) => {
        const n = index + 1;
        const first = index === 0;
        const last = index === pages.length - 1;
        const actions: {
          key: 'rotate' | 'moveUp' | 'moveDown' | 'remove';
          icon: NonNullable<ButtonProps['icon']>;
          unavailable?: boolean;
          run(): void;
        }[] = [
          { key: 'rotate', icon: 'fr-icon-refresh-line', run: () => onRotate(page) },
          {
            key: 'moveUp',
            icon: 'fr-icon-arrow-left-line',
            unavailable: first,
            run: () => onMove(page, index - 1),
          },
          {
            key: 'moveDown',
            icon: 'fr-icon-arrow-right-line',
            unavailable: last,
            run: () => onMove(page, index + 1),
          },
          { key: 'remove', icon: 'fr-icon-delete-line', run: () => onRemove(page) },
        ];
        return (
          <li key={page.id} className={styles.page}>
            <div className={styles.picture}>
              <img className={styles.image} src={page.preview} alt={t('documents.page', { n })} />
              <span className={styles.number} aria-hidden="true">
                {n}
              </span>
            </div>
            <div
              className={styles.actions}
              role="group"
              aria-label={t('documents.pageActions', { n })}
            >
              {actions.map((action) => (
                <Button
                  key={action.key}
                  size="medium"
                  priority="tertiary"
                  icon={action.icon}
                  onClick={() => !disabled && !action.unavailable && action.run()}
                  nativeProps={{
                    'aria-label': t(`documents.${action.key}`, { n }),
                    'aria-disabled': action.unavailable || undefined,
                  }}
                >
                  {t(`documents.actionWords.${action.key}`)}
                </Button>
              ))}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Declaration } from '../../../shared/contract';
import { useKioskCall, useKioskQuery } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading, StatusMessage, useDocumentTitle } from '../../ui';
import { ReceiptView, dateTimeLabel, periodLabel } from '../actualisation';
import { PrintedInFrench } from '../language';
import styles from './situation.module.css';

/** « Mes actualisations »: the declarations of the last 12 months, each receipt read or reprinted. */
export function HistoryScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { screen: t('situation.history.documentTitle') }));
  const history = useKioskQuery('actualisation.history', {});
  const reprint = useKioskCall('actualisation.reprint');
  const [shown, setShown] = useState<string | null>(null);
  const [printState, setPrintState] = useState<string>('idle');
  const list = history.result?.ok ? history.result.value.declarations : null;
  const print = (declaration: Declaration) => {
    setPrintState('printing');
    void reprint.run({ reference: declaration.reference }).then((result) => {
      if (result) setPrintState(result.ok ? 'printed' : result.error.code);
    });
  };
  const printMessage =
    printState === 'printing'
      ? t('situation.printing')
      : printState === 'printed'
        ? t('situation.printed')
        : undefined;
  const printError = printState !== 'idle' && !printMessage ? printState : null;

  return (
    <div className="kiosk-form-screen">
      <ScreenHeading>{t('situation.history.title')}</ScreenHeading>
      <p>{t('situation.history.intro')}</p>
      {history.result && !history.result.ok && (
        <Alert severity="error" message={t(`errors.${history.result.error.code}`)} />
      )}
      {!history.result && <p role="status">{t('situation.history.loading')}</p>}
      {list?.length === 0 && <p>{t('situation.history.empty')}</p>}
      <StatusMessage message={printMessage} tone={printState === 'printed' ? 'success' : 'info'} />
      {printError && <Alert severity="error" message={t(`errors.${printError}`)} focusOnShow />}
      {list && list.length > 0 && <PrintedInFrench />}
      {list && list.length > 0 && (
        <ul className={styles.history}>
          {list.map((declaration) => {
            const period = periodLabel(declaration.period);
            const open = shown === declaration.reference;
            const regionId = `history-${declaration.reference}`;
            return (
              <li key={declaration.reference}>
                <h2 className="fr-h5">{t('situation.history.item', { period })}</h2>
                <p>
                  {t('situation.history.sentOn', {
                    date: dateTimeLabel(declaration.submittedAt),
                  })}
                  {' — '}
                  {t('situation.reference', { reference: declaration.reference })}
                </p>
                <div className="kiosk-form-actions">
                  <Button icon="fr-icon-printer-line" onClick={() => print(declaration)}>
                    {t('situation.history.print', { period })}
                  </Button>
                  <Button
                    priority="secondary"
                    icon="fr-icon-eye-line"
                    onClick={() => setShown(open ? null : declaration.reference)}
                    nativeProps={{ 'aria-expanded': open, 'aria-controls': regionId }}
                  >
                    {open
                      ? t('situation.history.hide', { period })
                      : t('situation.history.show', { period })}
                  </Button>
                </div>
                <div id={regionId}>{open && <ReceiptView declaration={declaration} />}</div>
              </li>
            );
          })}
        </ul>
      )}
      <div className="kiosk-form-actions">
        <Button priority="secondary" onClick={() => useKioskStore.getState().goTo('dashboard')}>
          {t('situation.backToSpace')}
        </Button>
      </div>
    </div>
  );
}

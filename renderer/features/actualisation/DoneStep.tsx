import { useTranslation } from 'react-i18next';
import type { Declaration } from '../../../shared/contract';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading } from '../../ui';
import { ReceiptActions } from './ReceiptActions';
import { DeclarationFacts } from './ReceiptView';

/**
 * The confirmation: a success message saying where the declaration is and that nothing is left to
 * do but keep the reference (a declaration saved for later sending is a success too: the outbox
 * delivers it after the person has left), then the receipt's facts and what comes next.
 */
export function DoneStep({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation();
  const leave = useKioskStore((s) => s.leaveActualisation);
  const needsDocuments = declaration.answers.travail || declaration.answers.arretMaladie;
  const sendDocuments = () => {
    leave();
    useKioskStore.getState().goTo('documents');
  };
  return (
    <div>
      <ScreenHeading>
        {declaration.status === 'sent'
          ? t('actualisation.done.titleSent')
          : t('actualisation.done.titleQueued')}
      </ScreenHeading>
      <Alert
        severity="success"
        message={
          declaration.status === 'sent'
            ? t('actualisation.done.confirmSent')
            : t('actualisation.done.confirmQueued')
        }
      />
      <DeclarationFacts declaration={declaration} />
      <ReceiptActions declaration={declaration} />
      {needsDocuments && <p>{t('actualisation.done.documentsHint')}</p>}
      <div className="kiosk-form-actions">
        {needsDocuments && (
          <Button icon="fr-icon-upload-line" onClick={sendDocuments}>
            {t('actualisation.done.documents')}
          </Button>
        )}
        <Button priority="secondary" onClick={() => leave()}>
          {t('actualisation.back')}
        </Button>
      </div>
    </div>
  );
}

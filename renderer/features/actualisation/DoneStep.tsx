import { useTranslation } from 'react-i18next';
import type { Declaration } from '../../../shared/contract';
import { useKioskStore } from '../../store';
import { Button, ScreenHeading } from '../../ui';
import { ReceiptActions } from './ReceiptActions';
import { DeclarationFacts } from './ReceiptView';

/** The confirmation: reference, date, "Envoyé" or "Enregistré…", the receipt, and what comes next. */
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

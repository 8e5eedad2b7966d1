import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { useEndVisit } from './useVisitActions';

/** "Terminer", in the action bar during a visit. */
export function EndVisitButton() {
  const { t } = useTranslation();
  const endVisit = useEndVisit();
  return (
    <Button priority="tertiary" icon="fr-icon-logout-box-r-line" onClick={() => void endVisit()}>
      {t('visit.end')}
    </Button>
  );
}

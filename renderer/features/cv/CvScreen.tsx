import { useTranslation } from 'react-i18next';
import { useKioskStore } from '../../store';
import { useDocumentTitle } from '../../ui';
import { CvDone } from './CvDone';
import { CvEditor } from './CvEditor';
import { CvList } from './CvList';

/** "Mes CV": the list, the four-step editor, the confirmation. */
export function CvScreen() {
  const { t } = useTranslation();
  const view = useKioskStore((s) => s.cvView);
  const opened = useKioskStore((s) => s.cvOpened);
  // Each editor step (and part of step 1) names itself through the stepper's heading.
  useDocumentTitle(t('app.documentTitle', { screen: t('cv.documentTitle') }));
  if (view === 'edit') return <CvEditor key={opened} />;
  if (view === 'done') return <CvDone />;
  return <CvList />;
}

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
  const step = useKioskStore((s) => s.cvStep);
  const part = useKioskStore((s) => s.cvPart);
  // The title says where the person is, like the heading: the step, or the part of step 1.
  const where =
    view !== 'edit'
      ? null
      : step === 'informations'
        ? t(`cv.parts.${part}`)
        : t(`cv.steps.${step}`);
  useDocumentTitle(
    t('app.documentTitle', {
      screen: where ? t('cv.documentTitleOf', { where }) : t('cv.documentTitle'),
    }),
  );
  if (view === 'edit') return <CvEditor key={opened} />;
  if (view === 'done') return <CvDone />;
  return <CvList />;
}

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { licences } from '../../../shared/domain/cv';
import { Button } from '../../ui';
import { Choices, toggled } from './Choices';
import type { InfoSectionProps } from './infoSection';
import styles from './cv.module.css';

/** The permis most job seekers hold or are asked for; the others are one touch away. */
const COMMON: readonly (typeof licences)[number][] = ['B', 'AM', 'A', 'C', 'D'];
/** The common ones first, then the others, so the list does not reorder when they appear. */
const ALL = [...COMMON, ...licences.filter((code) => !COMMON.includes(code))];

/** "Permis de conduire": each code said in words ("B : voiture"), the rare ones on demand. */
export function LicencesChoice({ draft, set }: Omit<InfoSectionProps, 'errorOf'>) {
  const { t } = useTranslation();
  // A rare permis already ticked is shown from the start: nothing chosen is hidden.
  const [all, setAll] = useState(() => draft.licences.some((code) => !COMMON.includes(code)));
  const opened = useRef(false);
  const shown = all ? ALL : COMMON;
  // "Autres permis" goes away once touched: the focus moves to the first permis it showed.
  useEffect(() => {
    if (opened.current) document.getElementById(`cv-licences-${COMMON.length}`)?.focus();
  }, [all]);
  return (
    <div className={styles.section}>
      <Choices
        name="cv-licences"
        columns
        legend={t('cv.info.licences')}
        type="checkbox"
        choices={shown.map((code) => ({ value: code, label: t(`cv.info.licenceNames.${code}`) }))}
        selected={draft.licences}
        onToggle={(code, on) => set('licences', toggled(draft.licences, code, on))}
      />
      {!all && (
        <Button
          priority="secondary"
          icon="fr-icon-add-line"
          onClick={() => {
            opened.current = true;
            setAll(true);
          }}
        >
          {t('cv.info.otherLicences')}
        </Button>
      )}
    </div>
  );
}

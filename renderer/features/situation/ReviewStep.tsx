import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode, SituationReceipt } from '../../../shared/contract';
import {
  changeOf,
  type SituationDraft,
  type SituationKind,
} from '../../../shared/domain/situation';
import { useKioskCall } from '../../bridge';
import { Alert, Button, ReviewList, ScreenHeading } from '../../ui';
import { changeRows } from './changeRows';
import styles from './situation.module.css';

interface Props {
  draft: SituationDraft;
  /** Back to the details, with the fields main refused when it did. */
  onModify(errors?: Record<string, string>): void;
  onSent(receipt: SituationReceipt): void;
}

/**
 * The change read back, and what it will change said in plain words before anything is sent;
 * "Valider" hands it to main (the outbox), "Modifier" goes back with everything kept.
 */
export function ReviewStep({ draft, onModify, onSent }: Props) {
  const { t } = useTranslation();
  const declare = useKioskCall('situation.declare');
  const change = changeOf(draft as SituationDraft & { kind: SituationKind });
  const [refused, setRefused] = useState<ErrorCode | null>(null);
  const send = async () => {
    setRefused(null);
    const result = await declare.run({ change });
    if (!result) return;
    if (result.ok) onSent(result.value);
    else if (result.error.fields) onModify(result.error.fields);
    else setRefused(result.error.code);
  };
  return (
    <div className="kiosk-form-screen">
      <ScreenHeading>{t('situation.reviewTitle')}</ScreenHeading>
      <h2 className="fr-h5">{t(`situation.kinds.${change.kind}`)}</h2>
      <ReviewList rows={changeRows(change, t)} />
      <section className={styles.consequences} aria-labelledby="situation-consequences">
        <h2 id="situation-consequences" className="fr-h5">
          {t('situation.consequencesTitle')}
        </h2>
        <p>{t(`situation.consequences.${change.kind}`)}</p>
      </section>
      {refused && <Alert severity="error" message={t(`errors.${refused}`)} focusOnShow />}
      <div className="kiosk-form-actions kiosk-form-actions--step">
        <Button onClick={() => void send()}>
          {declare.pending ? t('situation.sending') : t('situation.validate')}
        </Button>
        <Button priority="secondary" icon="fr-icon-edit-line" onClick={() => onModify()}>
          {t('situation.modify')}
        </Button>
      </div>
    </div>
  );
}

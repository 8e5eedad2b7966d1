import { useTranslation } from 'react-i18next';
import { formatFrenchPhone, parseFrenchPhone } from '../../../shared/domain/phone';
import {
  formatIban,
  profilChangeSchema,
  type ProfilChangeKind,
} from '../../../shared/domain/profil';
import { useKioskCall } from '../../bridge';
import { useKioskStore, type ProfilDrafts } from '../../store';
import { Alert, Button, ReviewList, ScreenHeading, type ReviewRows } from '../../ui';
import { useState } from 'react';
import type { ErrorCode } from '../../../shared/contract';
import styles from './profil.module.css';

/** The change read back as the person typed it, what it will do, then « Envoyer » or « Corriger ». */
export function ChangeReview({ kind }: { kind: ProfilChangeKind }) {
  const { t } = useTranslation();
  const drafts = useKioskStore((s) => s.profilDrafts);
  const { editProfil, refuseProfil, profilSent } = useKioskStore.getState();
  const send = useKioskCall('profil.submit');
  const [error, setError] = useState<ErrorCode | null>(null);
  const parsed = profilChangeSchema.safeParse({ kind, data: drafts[kind] });
  const rows = parsed.success ? rowsOf(kind, drafts, t) : [];

  const submit = async () => {
    if (!parsed.success) return editProfil(kind);
    setError(null);
    const result = await send.run(parsed.data);
    if (!result) return;
    if (result.ok) return profilSent(result.value);
    const fields = result.error.fields;
    if (result.error.code === 'invalid_input' && fields)
      // Main names a field as the contract's path ("data.iban"), the central API by its name.
      return refuseProfil(
        Object.fromEntries(Object.entries(fields).map(([f, m]) => [f.replace(/^data\./, ''), m])),
      );
    setError(result.error.code);
  };

  const codePostal = kind === 'adresse' ? (drafts.adresse?.codePostal ?? '') : '';
  return (
    <div className={styles.screen}>
      <ScreenHeading>{t('profil.review.title')}</ScreenHeading>
      <p>{t('profil.review.intro')}</p>
      {error && <Alert severity="error" message={t(`errors.${error}`)} focusOnShow />}
      <section className="kiosk-review" aria-labelledby="profil-review-what">
        <h2 id="profil-review-what" className="fr-h5">
          {t('profil.review.what')} : {t(`profil.labels.${kind}`)}
        </h2>
        <ReviewList rows={rows} />
      </section>
      <Alert severity="info" message={t(`profil.review.consequences.${kind}`, { codePostal })} />
      <div className="kiosk-form-actions">
        <Button icon="fr-icon-send-plane-line" onClick={() => void submit()}>
          {t('profil.review.send')}
        </Button>
        <Button priority="secondary" icon="fr-icon-edit-line" onClick={() => editProfil(kind)}>
          {t('profil.review.modify')}
        </Button>
      </div>
    </div>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

/** What was typed, in the form people read it (the IBAN in groups of 4, the phone in pairs). */
function rowsOf(kind: ProfilChangeKind, drafts: ProfilDrafts, t: T): ReviewRows {
  const f = (key: string) => t(`profil.fields.${key}`);
  const ltr = (text: string) => <span dir="ltr">{text}</span>;
  switch (kind) {
    case 'adresse': {
      const a = drafts.adresse;
      return [
        [f('adresse'), a?.adresse ?? ''],
        ...(a?.complement ? [[f('complement'), a.complement] as const] : []),
        [f('codePostal'), `${a?.codePostal ?? ''} ${a?.commune?.nom ?? ''}`],
      ];
    }
    case 'telephone': {
      const phone = parseFrenchPhone(drafts.telephone?.telephone ?? '');
      return [[f('telephone'), ltr(phone ? formatFrenchPhone(phone) : '')]];
    }
    case 'email':
      return [[f('email'), ltr(drafts.email?.email.trim() ?? '')]];
    case 'rib': {
      const r = drafts.rib;
      return [
        [f('titulaire'), r?.titulaire ?? ''],
        [f('iban'), ltr(formatIban(r?.iban ?? ''))],
        ...(r?.bic ? [[f('bic'), ltr(r.bic.toUpperCase())] as const] : []),
      ];
    }
    case 'questionSecrete': {
      const q = drafts.questionSecrete;
      return [
        [
          f('questionSecrete'),
          q?.questionSecrete ? t(`account.secretQuestions.${q.questionSecrete}`) : '',
        ],
        [t('profil.review.secretAnswer'), q?.reponseSecrete ?? ''],
      ];
    }
  }
}

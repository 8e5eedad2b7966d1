import { useTranslation } from 'react-i18next';
import type { CvForm } from './cvForm';
import styles from './cv.module.css';

/**
 * Step 3: publish in the CV bank or not; contact details passed to employers or not. The editor's
 * action row submits it (« Valider mes choix »).
 */
export function StepMiseEnLigne({ form }: { form: CvForm }) {
  const { t } = useTranslation();
  const draft = form.values;
  const setFlag = (key: 'published' | 'shareContact', on: boolean) =>
    form.set('publication', { ...draft.publication, [key]: on });
  return (
    <div>
      <fieldset className={`fr-fieldset ${styles.choices}`}>
        <legend className="fr-fieldset__legend">{t('cv.publish.legend')}</legend>
        <div className="fr-fieldset__element">
          <div className="fr-checkbox-group">
            <input
              type="checkbox"
              id="cv-publish"
              checked={draft.publication.published}
              onChange={(e) => setFlag('published', e.target.checked)}
            />
            <label className="fr-label" htmlFor="cv-publish">
              {t('cv.publish.publish')}
            </label>
          </div>
        </div>
        <div className="fr-fieldset__element">
          <div className="fr-checkbox-group">
            <input
              type="checkbox"
              id="cv-share-contact"
              aria-describedby="cv-share-contact-hint"
              checked={draft.publication.shareContact}
              onChange={(e) => setFlag('shareContact', e.target.checked)}
            />
            <label className="fr-label" htmlFor="cv-share-contact">
              {t('cv.publish.shareContact')}
              <span id="cv-share-contact-hint" className="fr-hint-text">
                {t('cv.publish.shareContactHint')}
              </span>
            </label>
          </div>
        </div>
      </fieldset>
    </div>
  );
}

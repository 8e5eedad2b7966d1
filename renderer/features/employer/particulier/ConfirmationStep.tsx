import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui';
import { SpaceCreatedActions, WhereSpaceOpens } from '../SpaceCreated';

/**
 * Seed 000 steps 6 to 9: the space is recorded; three e-mails follow (address confirmation, then
 * identifiant and temporary password, never shown here); the first sign-in asks for a new
 * password; services stay partial until an adviser certifies the space; where the space opens,
 * and its printed récapitulatif.
 */
export function ConfirmationStep({ reference, email }: { reference: string; email: string }) {
  const { t } = useTranslation();
  const f = (key: string, options?: Record<string, string>) =>
    t(`employer.particulier.confirmation.${key}`, options);
  return (
    <div>
      <Alert severity="success" message={`${f('registered')} ${f('reference', { reference })}`} />
      <h2 className="fr-h5 fr-mt-3w">{f('emailsTitle')}</h2>
      <ol>
        <li>{f('email1')}</li>
        <li>{f('email2')}</li>
        <li>{f('email3')}</li>
      </ol>
      <p>{f('sentTo', { email })}</p>
      <p>{f('confirmFirst')}</p>
      <p>{f('firstSignIn')}</p>
      <WhereSpaceOpens kind="particulier" />
      <section className="fr-callout fr-mt-3w" aria-labelledby="pem-certification">
        <h2 id="pem-certification" className="fr-callout__title fr-h5">
          {f('certificationTitle')}
        </h2>
        <p>{f('certificationIntro')}</p>
        <ul>
          {(['candidats', 'attestation', 'offre', 'proposition'] as const).map((key) => (
            <li key={key}>{f(`services.${key}`)}</li>
          ))}
        </ul>
      </section>
      <SpaceCreatedActions finish={f('finish')} />
    </div>
  );
}

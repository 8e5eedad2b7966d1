import { useTranslation } from 'react-i18next';
import { passwordChecklist, passwordRules } from '../../../shared/domain/password';

/**
 * The password policy as a live checklist: each rule ticks as it is met. Announced politely so a
 * screen reader user hears the state without being interrupted at each key.
 */
export function PasswordChecklist({
  password,
  identifiant = '',
  id,
}: {
  password: string;
  identifiant?: string;
  id: string;
}) {
  const { t } = useTranslation();
  const checklist = passwordChecklist(password, identifiant);
  return (
    <div id={id} className="kiosk-checklist" aria-live="polite">
      <p className="fr-text--sm fr-mb-1v">{t('account.passwordRules.title')}</p>
      <ul className="kiosk-checklist__list">
        {passwordRules.map((rule) => (
          <li
            key={rule}
            className={checklist[rule] ? 'kiosk-checklist__met' : 'kiosk-checklist__unmet'}
          >
            <span aria-hidden="true">{checklist[rule] ? '✓ ' : '○ '}</span>
            {t(`account.passwordRules.${rule}`)}
            <span className="fr-sr-only">
              {' — '}
              {checklist[rule] ? t('account.passwordRules.met') : t('account.passwordRules.unmet')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskStore } from '../../store';
import { Button, ScreenHeading, useDocumentTitle } from '../../ui';
import { EntrepriseScreen } from './EntrepriseScreen';
import { ParticulierScreen } from './particulier/ParticulierScreen';

/** "Créer un compte employeur": the user picks Particulier employeur or Entreprise. */
export function EmployerScreen() {
  const [kind, setKind] = useState<'particulier' | 'entreprise' | null>(null);
  if (kind === 'particulier') return <ParticulierScreen />;
  if (kind === 'entreprise') return <EntrepriseScreen />;
  return <EmployerChoice onChoose={setKind} />;
}

function EmployerChoice({ onChoose }: { onChoose(kind: 'particulier' | 'entreprise'): void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { screen: t('employer.documentTitle') }));
  const f = (key: string) => t(`employer.choice.${key}`);
  return (
    <div className="kiosk-form-screen">
      <ScreenHeading>{f('title')}</ScreenHeading>
      <p className="fr-text--lead">{f('intro')}</p>
      <ul className="kiosk-employer-choice fr-raw-list">
        {(['particulier', 'entreprise'] as const).map((kind) => (
          <li key={kind} className="fr-mb-3w">
            <Button
              onClick={() => onChoose(kind)}
              nativeProps={{ 'aria-describedby': `employer-choice-${kind}` }}
            >
              {f(kind)}
            </Button>
            <p id={`employer-choice-${kind}`} className="fr-text--sm fr-mt-1w">
              {f(`${kind}Hint`)}
            </p>
          </li>
        ))}
      </ul>
      <div className="kiosk-form-actions">
        <Button priority="secondary" onClick={() => useKioskStore.getState().goTo('login')}>
          {f('back')}
        </Button>
      </div>
    </div>
  );
}

import './zodConfig';
// Stylesheets cascade in the order they are first imported: the design system and our layer over
// it come before the screens, so a component's own rules win over the DSFR's at equal specificity.
import './ui/theme';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';

// French until the terminal's settings say otherwise (see App).
initI18n('fr');

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

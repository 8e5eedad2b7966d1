// The design system's stylesheet and system icons first, so the console's CSS modules win.
import '@codegouvfr/react-dsfr/dsfr/dsfr.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-system/icons-system.main.min.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

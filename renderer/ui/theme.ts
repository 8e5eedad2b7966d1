// The design system's stylesheet, fonts, the two icon families we use and the few other icons, bundled by Vite into
// dist/renderer (the kiosk has no network), then our kiosk layout on top. Imported once by main.tsx.
import '@codegouvfr/react-dsfr/dsfr/dsfr.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-system/icons-system.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-business/icons-business.main.min.css';
import './icons.css';
import './kiosk.css';

// The design system's stylesheet, fonts, the two icon families we use and the few other icons, bundled by Vite into
// dist/renderer (the kiosk has no network), then our kiosk layout on top. Imported once by main.tsx.
import '@codegouvfr/react-dsfr/dsfr/dsfr.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-system/icons-system.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-business/icons-business.main.min.css';
// Arabic letters: Marianne has none. Regular and bold only, the two weights the screens use.
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import './icons.css';
import './kiosk.css';

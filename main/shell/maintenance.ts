import { BrowserWindow } from 'electron';

/**
 * What the terminal shows when it must not start (the OS cannot protect the outbox key). The
 * renderer and its catalogues are not loaded in that state, so the two languages' wording lives
 * here; the reason for IT is in the log, never on screen.
 */
const wording = {
  fr: {
    title: 'Borne en maintenance',
    body: "Cette borne ne peut pas être utilisée pour le moment. Adressez-vous à l'accueil de l'agence.",
  },
  en: {
    title: 'Kiosk under maintenance',
    body: 'This kiosk cannot be used at the moment. Please ask at the agency reception desk.',
  },
} as const;

export function maintenancePage(locale: 'fr' | 'en'): string {
  const { title, body } = wording[locale];
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${title}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:1.5rem system-ui,sans-serif;margin:20vh 10vw;color:#161616}h1{font-size:2.5rem}</style>
</head><body><main><h1>${title}</h1><p>${body}</p></main></body></html>`;
}

/** A full-screen window with no script, no preload and nothing to navigate to. */
export function showMaintenanceWindow(locale: 'fr' | 'en'): BrowserWindow {
  const window = new BrowserWindow({
    kiosk: true,
    fullscreen: true,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      // No script runs anyway; middle-click stays off like in the visit windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  void window.loadURL(
    `data:text/html;charset=utf-8,${encodeURIComponent(maintenancePage(locale))}`,
  );
  return window;
}

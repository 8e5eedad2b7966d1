import type { BrowserWindowConstructorOptions } from 'electron';

export interface VisitWindowSpec {
  /** In-memory partition of this visit ('visit-<uuid>', never 'persist:'). */
  partition: string;
  preloadPath: string;
  devTools: boolean;
}

/** Matches the renderer's background so that a window shown before first paint does not flash. */
export const WINDOW_BACKGROUND = '#ffffff';

/**
 * Everything a visit window is created with. Kept as a pure function so the lockdown it encodes
 * can be read (and tested) in one place.
 */
export function visitWindowOptions(spec: VisitWindowSpec): BrowserWindowConstructorOptions {
  return {
    show: false,
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    backgroundColor: WINDOW_BACKGROUND,
    webPreferences: {
      preload: spec.preloadPath,
      partition: spec.partition,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      devTools: spec.devTools,
      // alert()/confirm() would freeze the kiosk behind a native dialog nobody can dismiss.
      disableDialogs: true,
      enableWebSQL: false,
      // Middle-click would ask for a new window (denied anyway by the window-open handler).
      disableBlinkFeatures: 'Auxclick',
    },
  };
}

/** A fresh, in-memory partition name: a new one per visit, so nothing is shared between users. */
export function newVisitPartition(uuid: string): string {
  return `visit-${uuid}`;
}

import { app, Menu, type Session, type WebContents } from 'electron';
import type { Logger } from '../core/logging';
import { isSameOrigin } from './origin';
import { blockedShortcutOf } from './shortcuts';

export interface LockdownOptions {
  origin: string;
  logger: Logger;
  /** config.shell.devTools: when false, a devtools window that opens anyway is closed at once. */
  devTools: boolean;
  /** Whether this webContents may use the camera right now (document capture); deny otherwise. */
  cameraAllowed?: (contents: WebContents | null) => boolean;
}

const lockedContents = new WeakSet<WebContents>();
const lockedSessions = new WeakSet<Session>();

/**
 * App-wide lockdown, installed once before any window exists: no application menu, no client
 * certificate or HTTP-auth prompt, certificate errors refused, and every webContents ever created
 * (visit windows, devtools, anything a bug might spawn) is locked down with its session.
 */
export function installAppLockdown(options: LockdownOptions): void {
  const { logger } = options;
  Menu.setApplicationMenu(null);
  app.on('web-contents-created', (_event, contents) => {
    lockDownWebContents(contents, options);
    lockDownSession(contents.session, options);
  });
  app.on('certificate-error', (event, _contents, _url, _error, _cert, callback) => {
    event.preventDefault();
    callback(false);
    logger.warn('shell.certificate_refused');
  });
  app.on('select-client-certificate', (event, _contents, _url, _list, callback) => {
    event.preventDefault();
    callback();
  });
  app.on('login', (event, _contents, _details, _authInfo, callback) => {
    // No credentials: the request fails instead of showing a native login prompt.
    event.preventDefault();
    callback();
    logger.warn('shell.http_auth_refused');
  });
}

export function lockDownWebContents(contents: WebContents, options: LockdownOptions): void {
  if (lockedContents.has(contents)) return;
  lockedContents.add(contents);
  const { origin, logger } = options;
  contents.setWindowOpenHandler(() => {
    logger.warn('shell.window_open_denied');
    return { action: 'deny' };
  });

  const sameOriginOnly = (event: { url: string; preventDefault(): void }, kind: string) => {
    if (isSameOrigin(event.url, origin)) return;
    event.preventDefault();
    logger.warn('shell.navigation_denied', { kind });
  };
  contents.on('will-navigate', (event) => sameOriginOnly(event, 'navigate'));
  contents.on('will-frame-navigate', (event) => sameOriginOnly(event, 'frame-navigate'));
  contents.on('will-redirect', (event) => sameOriginOnly(event, 'redirect'));

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn('shell.webview_denied');
  });
  // No context menu: Electron shows none by default, and nothing here ever builds one.
  contents.on('context-menu', (event) => event.preventDefault());
  // A beforeunload handler must not keep a finished visit's window alive behind a dialog.
  contents.on('will-prevent-unload', (event) => event.preventDefault());
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
  if (!options.devTools) {
    contents.on('devtools-opened', () => {
      contents.closeDevTools();
      logger.warn('shell.devtools_closed');
    });
  }
  // Pinch-zoom on a touch screen would leave the next user a zoomed page.
  void contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);

  contents.on('before-input-event', (event, input) => {
    const shortcut = blockedShortcutOf(input);
    if (!shortcut) return;
    event.preventDefault();
    if (input.type === 'keyDown')
      logger.info('shell.shortcut_blocked', { shortcut: shortcut.name });
  });
}

/** Only a video capture, nothing else in the same request (no microphone, no screen). */
function isVideoOnly(details: { mediaTypes?: string[]; mediaType?: string }): boolean {
  if (details.mediaTypes)
    return details.mediaTypes.length === 1 && details.mediaTypes[0] === 'video';
  return details.mediaType === 'video';
}

/**
 * Deny by default: no permission (microphone, notifications, geolocation, clipboard, HID, USB,
 * serial, screen capture…) is ever granted, no device chooser is shown and nothing is downloaded.
 * The one exception is the camera, for the current visit's window on the kiosk's origin, while
 * the document-capture screen has asked for it (options.cameraAllowed).
 */
export function lockDownSession(session: Session, options: LockdownOptions): void {
  if (lockedSessions.has(session)) return;
  lockedSessions.add(session);
  const { origin, logger } = options;
  const camera = options.cameraAllowed ?? (() => false);
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const granted =
      permission === 'media' &&
      isVideoOnly(details as { mediaTypes?: string[] }) &&
      isSameOrigin(details.requestingUrl, origin) &&
      camera(contents);
    if (!granted) logger.info('shell.permission_denied', { permission });
    callback(granted);
  });
  session.setPermissionCheckHandler((contents, permission, requestingOrigin, details) => {
    return (
      permission === 'media' &&
      isVideoOnly(details) &&
      isSameOrigin(requestingOrigin, origin) &&
      camera(contents)
    );
  });
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => {
    logger.info('shell.permission_denied', { permission: 'display-capture' });
    // No stream given: the page's getDisplayMedia() is rejected.
    callback({});
  });
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('will-download', (event, item) => {
    event.preventDefault();
    item.cancel();
    logger.warn('shell.download_cancelled');
  });
}

import { app, Menu, type Session, type WebContents } from 'electron';
import type { Logger } from '../core/logging';
import { isSameOrigin } from './origin';
import { blockedShortcutOf } from './shortcuts';

/**
 * App-wide lockdown, installed once before any window exists: no application menu, and every
 * webContents ever created (visit windows, devtools, anything a bug might spawn) is locked down.
 */
export function installAppLockdown(origin: string, logger: Logger): void {
  Menu.setApplicationMenu(null);
  app.on('web-contents-created', (_event, contents) =>
    lockDownWebContents(contents, origin, logger),
  );
}

export function lockDownWebContents(contents: WebContents, origin: string, logger: Logger): void {
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

  contents.on('before-input-event', (event, input) => {
    const shortcut = blockedShortcutOf(input);
    if (!shortcut) return;
    event.preventDefault();
    if (input.type === 'keyDown')
      logger.info('shell.shortcut_blocked', { shortcut: shortcut.name });
  });
}

/**
 * Deny by default: no permission (camera, microphone, notifications, geolocation, HID, USB,
 * serial…) is ever granted, and nothing is downloaded. The camera will be allowed only while the
 * document-capture screen asks for it (later issue).
 */
export function lockDownSession(session: Session, logger: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    logger.info('shell.permission_denied', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event, item) => {
    event.preventDefault();
    item.cancel();
    logger.warn('shell.download_cancelled');
  });
}

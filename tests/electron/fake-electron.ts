/**
 * A stand-in for the 'electron' module, for `vi.mock('electron', () => import('./fake-electron'))`.
 * It implements the part of Electron's API the shell and the preload use, and RECORDS what they
 * install (window options, handlers, protocol handlers, permission handlers, wipe calls) so that
 * tests read it back. fake-chromium.ts plays Chromium's part (key presses, navigations, invokes).
 */
import { EventEmitter } from 'node:events';

/** Electron's event object: preventDefault() is how a listener vetoes. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(fields: Record<string, unknown> = {}) {
    Object.assign(this, fields);
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeWebFrame {
  constructor(
    public url: string,
    public parent: FakeWebFrame | null = null,
  ) {}
  get top(): FakeWebFrame {
    return this.parent ? this.parent.top : this;
  }
}

type Handler = (...args: never[]) => unknown;
type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export class FakeSession extends EventEmitter {
  readonly protocolHandlers = new Map<string, ProtocolHandler>();
  readonly calls: string[] = [];
  permissionRequestHandler: Handler | null | undefined;
  permissionCheckHandler: Handler | null | undefined;
  devicePermissionHandler: Handler | null | undefined;
  displayMediaRequestHandler: Handler | null | undefined;
  readonly protocol = {
    handle: (scheme: string, handler: ProtocolHandler) => {
      if (this.protocolHandlers.has(scheme)) throw new Error(`${scheme} already handled`);
      this.protocolHandlers.set(scheme, handler);
    },
    unhandle: (scheme: string) => void this.protocolHandlers.delete(scheme),
    isProtocolHandled: (scheme: string) => this.protocolHandlers.has(scheme),
  };
  constructor(
    readonly partition: string,
    readonly options: unknown,
  ) {
    super();
  }
  setPermissionRequestHandler(handler: Handler | null) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Handler | null) {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Handler | null) {
    this.devicePermissionHandler = handler;
  }
  setDisplayMediaRequestHandler(handler: Handler | null) {
    this.displayMediaRequestHandler = handler;
  }
  private record(name: string, args: unknown[] = []) {
    this.calls.push(args.length ? `${name}(${JSON.stringify(args)})` : name);
    return Promise.resolve();
  }
  clearData(...args: unknown[]) {
    return this.record('clearData', args);
  }
  clearAuthCache() {
    return this.record('clearAuthCache');
  }
  clearHostResolverCache() {
    return this.record('clearHostResolverCache');
  }
  clearCodeCaches(options: unknown) {
    return this.record('clearCodeCaches', [options]);
  }
  closeAllConnections() {
    return this.record('closeAllConnections');
  }
  clearStorageData() {
    return this.record('clearStorageData');
  }
  clearCache() {
    return this.record('clearCache');
  }
}

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly mainFrame = new FakeWebFrame('about:blank');
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: Handler | undefined;
  destroyed = false;
  crashRequests = 0;
  focused = 0;
  devToolsCloses = 0;
  zoomLimits: [number, number] | undefined;
  constructor(readonly session: FakeSession) {
    super();
  }
  loadURL(url: string): Promise<void> {
    this.mainFrame.url = url;
    return Promise.resolve();
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  send(channel: string, ...args: unknown[]) {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: Handler) {
    this.windowOpenHandler = handler;
  }
  isDestroyed() {
    return this.destroyed;
  }
  forcefullyCrashRenderer() {
    this.crashRequests += 1;
  }
  focus() {
    this.focused += 1;
  }
  setVisualZoomLevelLimits(min: number, max: number) {
    this.zoomLimits = [min, max];
    return Promise.resolve();
  }
  closeDevTools() {
    this.devToolsCloses += 1;
  }
}

export class BrowserWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  visible = false;
  destroyed = false;
  focusCalls = 0;
  alwaysOnTop: [boolean, string | undefined] | undefined;
  constructor(readonly options: { webPreferences?: { partition?: string } } = {}) {
    super();
    const partition = options.webPreferences?.partition ?? '';
    this.webContents = new FakeWebContents(session.fromPartition(partition));
    recorded.windows.push(this);
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  loadURL(url: string) {
    return this.webContents.loadURL(url);
  }
  show() {
    this.visible = true;
  }
  hide() {
    this.visible = false;
  }
  focus() {
    this.focusCalls += 1;
  }
  setAlwaysOnTop(flag: boolean, level?: string) {
    this.alwaysOnTop = [flag, level];
  }
  isVisible() {
    return this.visible;
  }
  isDestroyed() {
    return this.destroyed;
  }
  /** Like Electron: no 'close' event, the webContents goes with it, then 'closed'. */
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  /** A polite close (window manager, Alt+F4): 'close' may be vetoed. */
  close() {
    const event = new FakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
    return event;
  }
}

export const session = {
  fromPartition(partition: string, options?: unknown) {
    let existing = recorded.sessions.get(partition);
    if (!existing) {
      existing = new FakeSession(partition, options);
      recorded.sessions.set(partition, existing);
    }
    return existing;
  },
};

type IpcMainHandler = (event: unknown, ...args: unknown[]) => unknown;

export const ipcMain = {
  handle(channel: string, handler: IpcMainHandler) {
    // Electron refuses a second handler on the same channel.
    if (recorded.ipcHandlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    recorded.ipcHandlers.set(channel, handler);
  },
  removeHandler(channel: string) {
    recorded.ipcHandlers.delete(channel);
  },
  on() {
    throw new Error('the shell must use ipcMain.handle only');
  },
};

export const Menu = {
  setApplicationMenu(menu: unknown) {
    recorded.applicationMenu = menu;
  },
};

export const clipboard = {
  clear() {
    recorded.clipboardClears += 1;
  },
};

/** Never to be called: the kiosk opens nothing outside itself. */
export const shell = {
  openExternal(url: string) {
    recorded.openExternalCalls.push(url);
    return Promise.resolve();
  },
  openPath(path: string) {
    recorded.openExternalCalls.push(path);
    return Promise.resolve('');
  },
};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown) {
    recorded.exposed.set(key, api);
  },
};

/** What main sends to renderers (read by fake-chromium.ts). */
export const rendererBus = new EventEmitter();
export const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]) {
    recorded.invocations.push({ channel, args });
    return Promise.resolve(recorded.invokeReply(channel, ...args));
  },
  on(channel: string, listener: (...args: unknown[]) => void) {
    rendererBus.on(channel, listener);
    return ipcRenderer;
  },
  send() {
    throw new Error('the preload must not use ipcRenderer.send');
  },
};

class FakeApp extends EventEmitter {
  /** A packaged build refuses an insecure safeStorage backend (tests flip this). */
  isPackaged = false;
  quitCalls = 0;
  relaunchCalls = 0;
  exitCalls: number[] = [];
  relaunch() {
    this.relaunchCalls += 1;
  }
  requestSingleInstanceLock() {
    return true;
  }
  whenReady() {
    return Promise.resolve();
  }
  quit() {
    this.quitCalls += 1;
  }
  exit(code = 0) {
    this.exitCalls.push(code);
  }
  getVersion() {
    return '0.0.0-test';
  }
  getPath() {
    return '/nonexistent';
  }
  setPath() {}
}
export const app = new FakeApp();

/** Reversible stand-in for the OS keyring; `backend` is what Electron would report. */
export const safeStorage = {
  backend: 'gnome_libsecret',
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend(): string {
    return this.backend;
  },
  encryptString: (plain: string) => Buffer.from(`sealed:${plain}`),
  decryptString: (sealed: Buffer) => sealed.toString().replace(/^sealed:/, ''),
};

export const recorded = {
  windows: [] as BrowserWindow[],
  sessions: new Map<string, FakeSession>(),
  ipcHandlers: new Map<string, IpcMainHandler>(),
  applicationMenu: 'never set' as unknown,
  clipboardClears: 0,
  openExternalCalls: [] as string[],
  exposed: new Map<string, unknown>(),
  invocations: [] as Array<{ channel: string; args: unknown[] }>,
  invokeReply: ((): unknown => ({ ok: true, value: {} })) as (
    channel: string,
    ...args: unknown[]
  ) => unknown,
};

/** Forgets everything recorded and every listener installed (call in beforeEach). */
export function resetFake(): void {
  recorded.windows.length = 0;
  recorded.sessions.clear();
  recorded.ipcHandlers.clear();
  recorded.applicationMenu = 'never set';
  recorded.clipboardClears = 0;
  recorded.openExternalCalls.length = 0;
  recorded.exposed.clear();
  recorded.invocations.length = 0;
  recorded.invokeReply = () => ({ ok: true, value: {} });
  app.removeAllListeners();
  app.quitCalls = 0;
  app.relaunchCalls = 0;
  app.exitCalls.length = 0;
  app.isPackaged = false;
  safeStorage.backend = 'gnome_libsecret';
  rendererBus.removeAllListeners();
}

export default {
  app,
  safeStorage,
  BrowserWindow,
  session,
  ipcMain,
  Menu,
  clipboard,
  shell,
  contextBridge,
  ipcRenderer,
};

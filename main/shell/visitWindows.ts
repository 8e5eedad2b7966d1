import { BrowserWindow, session, type Session, type WebContents } from 'electron';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../core/logging';
import type { KioskCore } from '../core/types';
import type { WindowRegistry, WindowRole } from './ipc';
import { lockDownSession } from './lockdown';
import { originOf } from './origin';
import { createRendererHandler, serveRenderer, type ProtocolHandler } from './rendererProtocol';
import { newVisitPartition, visitWindowOptions } from './windowOptions';
import { wipeVisitSession } from './wipe';

export interface VisitWindowsOptions {
  origin: string;
  rendererRoot: string;
  preloadPath: string;
  devTools: boolean;
  core: Pick<KioskCore, 'endVisit' | 'hasVisit' | 'cameraAllowed'>;
  logger: Logger;
  /** Partition ids; random UUIDs unless a test wants to know them. */
  newId?: () => string;
}

/** One renderer, on its own in-memory partition, for one visit. */
interface VisitWindow {
  readonly window: BrowserWindow;
  readonly contents: WebContents;
  /** Read once: a destroyed webContents throws on property access. */
  readonly contentsId: number;
  readonly session: Session;
  readonly partition: string;
  /** Set before the shell destroys it, so the events that follow are not taken for a crash. */
  retired: boolean;
}

/**
 * The visit windows: the current one (shown) and the next one (pre-warmed, hidden, loaded), each on
 * a fresh in-memory partition. A visit end shows the next one at once, destroys the old renderer
 * and wipes its partition; a crashed renderer ends the visit, it is never reloaded in place.
 */
export class VisitWindows implements WindowRegistry {
  private current: VisitWindow | undefined;
  private next: VisitWindow | undefined;
  private queue: Promise<void> = Promise.resolve();
  private closing = false;
  private readonly origin: string;
  private readonly handler: ProtocolHandler;
  private readonly newId: () => string;

  constructor(private readonly options: VisitWindowsOptions) {
    const origin = originOf(options.origin);
    if (!origin) throw new Error('shell.origin is not a URL with an origin');
    this.origin = origin;
    this.newId = options.newId ?? randomUUID;
    this.handler = createRendererHandler({
      root: options.rendererRoot,
      origin,
      logger: options.logger,
    });
  }

  /** The welcome window (shown once painted) and its successor, pre-warmed. */
  start(): void {
    const first = this.create();
    this.current = first;
    first.window.once('ready-to-show', () => {
      if (this.current !== first || first.retired) return;
      first.window.show();
      this.keepOnTop(first);
    });
    this.next = this.create();
  }

  roleOf(contents: WebContents): WindowRole | undefined {
    const id = contents.id;
    if (this.current && !this.current.retired && this.current.contentsId === id) return 'current';
    if (this.next && !this.next.retired && this.next.contentsId === id) return 'prewarmed';
    return undefined;
  }

  currentWebContents(): WebContents | undefined {
    return this.current?.retired ? undefined : this.current?.contents;
  }

  /**
   * Ends the current renderer: swap, destroy, wipe, pre-warm. Calls run one after the other. Rejects
   * when a wipe step failed, so that the visit's audit line says wipeOk: false.
   */
  rotate(): Promise<void> {
    const run = this.queue.then(() => this.swap());
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run.then((wiped) => {
      if (!wiped) throw new Error('partition wipe incomplete');
    });
  }

  /** Destroys every window and wipes their partitions (app quit). */
  async close(): Promise<void> {
    this.closing = true;
    await this.queue;
    const windows = [this.current, this.next].filter((w): w is VisitWindow => Boolean(w));
    this.current = this.next = undefined;
    for (const w of windows) await this.retire(w);
  }

  /** Whether the old partition was wiped completely (true when there was nothing to wipe). */
  private async swap(): Promise<boolean> {
    if (this.closing) return true;
    const old = this.current;
    const incoming = this.next && !this.next.retired ? this.next : this.create();
    this.next = undefined;
    this.current = incoming;
    incoming.window.show();
    this.keepOnTop(incoming);
    const wiped = old ? await this.retire(old) : true;
    if (!this.closing) this.next = this.create();
    return wiped;
  }

  private async retire(w: VisitWindow): Promise<boolean> {
    if (w.retired) return true;
    w.retired = true;
    if (!w.window.isDestroyed()) w.window.destroy();
    const ok = await wipeVisitSession(w.session, this.options.logger);
    this.options.logger.info('shell.partition_wiped', { ok });
    return ok;
  }

  private create(): VisitWindow {
    const { logger } = this.options;
    const partition = newVisitPartition(this.newId());
    // Created before the window so that its options (no HTTP cache) apply to the partition.
    const visitSession = session.fromPartition(partition, { cache: false });
    lockDownSession(visitSession, {
      origin: this.origin,
      logger,
      devTools: this.options.devTools,
      // The camera only for the window the user sees, while the capture screen asked for it.
      cameraAllowed: (contents) =>
        contents !== null &&
        !contents.isDestroyed() &&
        this.roleOf(contents) === 'current' &&
        this.options.core.cameraAllowed(),
    });
    serveRenderer(visitSession, this.handler);
    const window = new BrowserWindow(
      visitWindowOptions({
        partition,
        preloadPath: this.options.preloadPath,
        devTools: this.options.devTools,
      }),
    );
    const w: VisitWindow = {
      window,
      contents: window.webContents,
      contentsId: window.webContents.id,
      session: visitSession,
      partition,
      retired: false,
    };
    this.watch(w);
    window.loadURL(`${this.origin}/`).catch((error: unknown) => {
      if (!w.retired) logger.error('shell.load_failed', { error });
    });
    return w;
  }

  private watch(w: VisitWindow): void {
    w.contents.on('render-process-gone', (_event, details) => this.gone(w, details.reason));
    w.contents.on('unresponsive', () => {
      if (w.retired) return;
      w.contents.forcefullyCrashRenderer();
      this.gone(w, 'unresponsive');
    });
    // Only the shell closes its windows (destroy() skips 'close'); a WM close is refused.
    w.window.on('close', (event) => {
      if (!this.closing) event.preventDefault();
    });
    w.window.on('closed', () => this.gone(w, 'closed'));
    // Another window (a system dialog, a stray app) must not stay in front of the kiosk.
    w.window.on('blur', () => {
      if (w === this.current && !w.retired && !this.closing) w.window.focus();
    });
  }

  private keepOnTop(w: VisitWindow): void {
    w.window.setAlwaysOnTop(true, 'screen-saver');
    w.window.focus();
  }

  /** A renderer died, froze or vanished: never reloaded in place, replaced by a fresh one. */
  private gone(w: VisitWindow, reason: string): void {
    if (w.retired || this.closing) return;
    const role = w === this.current ? 'current' : w === this.next ? 'prewarmed' : 'other';
    this.options.logger.error('shell.renderer_gone', { reason, role });
    if (w === this.next) {
      // Dropped; the next visit end creates a fresh one (no crash loop if it keeps failing).
      this.next = undefined;
      void this.retire(w);
    } else if (w === this.current) {
      if (this.options.core.hasVisit()) void this.options.core.endVisit('crash');
      // A failed wipe step is already logged by name; nothing more to do here.
      else this.rotate().catch(() => undefined);
    }
  }
}

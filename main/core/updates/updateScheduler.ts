import type { Logger } from '../logging';
import { realTimers, type Timers } from '../visit/timers';

/** The part of electron-updater's AppUpdater the scheduler drives (the shell hands the real one). */
export interface Updater {
  /** Asks the feed; with autoDownload the download starts in the background when there is one. */
  checkForUpdates(): Promise<unknown>;
  /** Quits the app, runs the installer, starts the new version. */
  quitAndInstall(): void;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface UpdateSchedulerOptions {
  updater: Updater;
  hasVisit(): boolean;
  /** First check this long after start (the kiosk settles first), then every checkIntervalMs. */
  firstCheckMs: number;
  checkIntervalMs: number;
  logger: Logger;
  timers?: Timers;
}

/**
 * An error's code for the log (electron-updater's ERR_… codes, an HTTP status, a system code),
 * never its message: messages carry URLs, file paths and the server's answer.
 */
export function updateErrorCode(error: unknown): string {
  const { code, statusCode } = (error ?? {}) as { code?: unknown; statusCode?: unknown };
  if (typeof code === 'string' && /^[A-Za-z0-9_]{1,64}$/.test(code)) return code;
  if (typeof statusCode === 'number') return `http_${statusCode}`;
  return 'unknown';
}

/**
 * When the kiosk checks for, and installs, a new version. Checks run in the background on a
 * timer, visit or not (the download never touches the screen). Installing quits the app, so it
 * happens only between visits: a download that completes during a visit waits for that visit's
 * end, never interrupts it. Every failure is logged as a code and retried at the next check: an
 * update never blocks the kiosk.
 */
export class UpdateScheduler {
  private downloaded: string | undefined;
  private timer: unknown;
  private stopped = false;
  private readonly timers: Timers;

  constructor(private readonly options: UpdateSchedulerOptions) {
    this.timers = options.timers ?? realTimers;
    options.updater.on('update-downloaded', (info) => {
      this.downloaded = info.version;
      options.logger.info('update.downloaded', { version: info.version });
      if (options.hasVisit()) options.logger.info('update.deferred', { version: info.version });
      else this.install();
    });
    options.updater.on('error', (error) => {
      options.logger.warn('update.failed', { code: updateErrorCode(error) });
    });
  }

  start(): void {
    this.schedule(this.options.firstCheckMs);
  }

  /** Call once a visit has ended and been wiped: a waiting update installs now. */
  visitEnded(): void {
    if (this.downloaded) this.install();
  }

  stop(): void {
    this.stopped = true;
    this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** One check now (also what the timer runs). Never rejects. */
  async check(): Promise<void> {
    if (this.stopped || this.downloaded) return;
    try {
      await this.options.updater.checkForUpdates();
    } catch (error) {
      // Already reported through the 'error' event by electron-updater; a thrown one is logged here.
      this.options.logger.warn('update.check_failed', { code: updateErrorCode(error) });
    }
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      void this.check().finally(() => this.schedule(this.options.checkIntervalMs));
    }, delay);
  }

  private install(): void {
    // Checked again at the last moment: a visit that started since 'visit.ended' keeps the kiosk.
    if (this.stopped || this.options.hasVisit() || !this.downloaded) return;
    const version = this.downloaded;
    this.stop();
    this.options.logger.info('update.installing', { version });
    try {
      this.options.updater.quitAndInstall();
    } catch (error) {
      this.options.logger.error('update.install_failed', { code: updateErrorCode(error) });
    }
  }
}

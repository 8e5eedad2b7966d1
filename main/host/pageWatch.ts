import type { Logger } from '../core/logging';
import type { KioskCore } from '../core/types';

export interface PageWatchOptions {
  core: Pick<KioskCore, 'hasVisit' | 'endVisit'>;
  logger: Logger;
  /** How long a visit may go without any page connected before it counts as a crash. */
  graceMs: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Browser mode's crash detector. Electron tells the shell when a renderer dies; Chromium tells a
 * web server nothing. What the host does see is the page's event stream: a live page keeps it open
 * (EventSource reconnects within a second after a network hiccup or a reload). When the last stream
 * closes during a visit and none comes back within the grace period, the page crashed, froze or
 * was closed: the visit ends with reason 'crash' and is wiped like any other.
 */
export class PageWatch {
  private connected = 0;
  private timer: unknown;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly options: PageWatchOptions) {
    this.setTimer =
      options.setTimer ??
      ((callback, ms) => {
        const handle = setTimeout(callback, ms);
        handle.unref();
        return handle;
      });
    this.clearTimer =
      options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  get pages(): number {
    return this.connected;
  }

  attached(): void {
    this.connected += 1;
    this.cancel();
  }

  detached(): void {
    this.connected = Math.max(0, this.connected - 1);
    if (this.connected > 0 || !this.options.core.hasVisit()) return;
    this.cancel();
    this.timer = this.setTimer(() => {
      this.timer = undefined;
      if (this.connected > 0 || !this.options.core.hasVisit()) return;
      this.options.logger.warn('host.page_lost', { graceMs: this.options.graceMs });
      void this.options.core.endVisit('crash');
    }, this.options.graceMs);
  }

  close(): void {
    this.cancel();
  }

  private cancel(): void {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
  }
}

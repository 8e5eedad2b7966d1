import type { Logger } from '../logging';
import { realTimers, type Timers } from './timers';

export type RelaunchReason = 'visit_count' | 'nightly' | 'wipe_failed' | 'remote';

export interface RelaunchPolicyOptions {
  /** Relaunch after this many visits since launch; 0: never for that reason. */
  everyVisits: number;
  /** Local hour (0-23) of the nightly relaunch; null: none. */
  nightlyHour: number | null;
  hasVisit(): boolean;
  relaunch(reason: RelaunchReason): void;
  logger: Logger;
  timers?: Timers;
}

/** Milliseconds from `now` to the next `hour`:00 local time (tomorrow's if it is already past). */
export function msUntilHour(now: number, hour: number): number {
  const next = new Date(now);
  next.setHours(hour, 0, 0, 0);
  if (next.getTime() <= now) next.setDate(next.getDate() + 1);
  return next.getTime() - now;
}

/**
 * When to relaunch the app: in-memory partitions leak a little at every visit (Electron issues
 * 25631, 11260), so the app starts afresh every N visits and every night. Never during a visit:
 * a relaunch that falls due while someone is using the kiosk waits for that visit's end.
 */
export class RelaunchPolicy {
  private visits = 0;
  private due: RelaunchReason | undefined;
  private timer: unknown;
  private done = false;
  private readonly timers: Timers;

  constructor(private readonly options: RelaunchPolicyOptions) {
    this.timers = options.timers ?? realTimers;
  }

  start(): void {
    this.scheduleNightly();
  }

  /** Call once a visit has ended and been wiped. */
  visitEnded(): void {
    this.visits += 1;
    const { everyVisits } = this.options;
    if (this.due) this.fire(this.due);
    else if (everyVisits > 0 && this.visits >= everyVisits) this.fire('visit_count');
  }

  /**
   * A relaunch at the end of the current visit whatever the counters say (e.g. a partition that
   * could not be wiped completely: a fresh process is the only sure wipe left).
   */
  relaunchAfterVisit(reason: RelaunchReason): void {
    this.due = reason;
  }

  /** IT asked from the console: now between visits, else at the end of this one. */
  relaunchSoon(reason: RelaunchReason): void {
    if (this.options.hasVisit()) this.due = reason;
    else this.fire(reason);
  }

  stop(): void {
    this.done = true;
    this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private scheduleNightly(): void {
    const { nightlyHour } = this.options;
    if (nightlyHour === null || this.done) return;
    const delay = msUntilHour(this.timers.now(), nightlyHour);
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      if (this.options.hasVisit()) {
        this.due ??= 'nightly';
        this.options.logger.info('relaunch.deferred', { reason: 'nightly' });
      } else this.fire('nightly');
    }, delay);
  }

  private fire(reason: RelaunchReason): void {
    if (this.done || this.options.hasVisit()) return;
    this.stop();
    this.options.logger.info('relaunch.now', { reason, visits: this.visits });
    this.options.relaunch(reason);
  }
}

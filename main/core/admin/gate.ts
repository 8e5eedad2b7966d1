import { KioskError } from '../../../shared/contract';
import type { Logger } from '../logging';
import type { Timers } from '../visit/timers';
import { realTimers } from '../visit/timers';
import { memoryLockoutStore, type LockoutStore } from './lockoutStore';
import { verifyPin } from './pin';

export interface AdminGateOptions {
  /** config.admin.pinHash; none: the admin exit is disabled. */
  pinHash?: string;
  logger: Logger;
  timers?: Pick<Timers, 'now'>;
  /** Wrong PINs allowed before the first lockout. */
  freeAttempts?: number;
  /** First lockout; each further wrong PIN doubles it, up to maxLockoutSeconds. */
  lockoutSeconds?: number;
  maxLockoutSeconds?: number;
  /** Delay between the right PIN's reply and the exit (0 in unit tests). */
  exitDelayMs?: number;
  /** Where the lockout is kept (kiosk.db in the core); in memory when absent. */
  store?: LockoutStore;
}

export type ExitListener = () => void;

/**
 * Checks the admin PIN and rate-limits wrong ones: after `freeAttempts` wrong PINs in a row, every
 * further attempt is refused unchecked until the lockout ends, and each wrong PIN after a lockout
 * doubles it (30 s, 60 s, 120 s … 15 min). A right PIN resets the count.
 * The count and the lockout are saved (options.store) before each reply, so a crash, the nightly
 * relaunch or a power cut does not give a guesser three fresh tries.
 */
export class AdminGate {
  private readonly listeners = new Set<ExitListener>();
  private readonly now: () => number;
  private readonly store: LockoutStore;

  constructor(private readonly options: AdminGateOptions) {
    this.now = (options.timers ?? realTimers).now;
    this.store = options.store ?? memoryLockoutStore();
  }

  get enabled(): boolean {
    return Boolean(this.options.pinHash);
  }

  onExitRequested(listener: ExitListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The audit line, then the exit listeners (shell: app.quit; host: stop), a moment later so that
   * the reply to the renderer leaves first.
   */
  requestExit(): void {
    this.options.logger.info('admin.exit');
    const delay = this.options.exitDelayMs ?? 250;
    const fire = () => {
      for (const listener of this.listeners) listener();
    };
    if (delay === 0) fire();
    else setTimeout(fire, delay);
  }

  /** Throws KioskError (forbidden, account_locked, invalid_input) unless the PIN is right. */
  async unlock(pin: string): Promise<void> {
    const { pinHash, logger } = this.options;
    if (!pinHash) {
      logger.warn('admin.exit_refused', { why: 'no_pin_configured' });
      throw new KioskError('forbidden', 'admin exit not configured');
    }
    const { failures, lockedUntil } = this.store.load();
    const maxSeconds = this.options.maxLockoutSeconds ?? 900;
    // A clock set back must not turn a saved lockout into a longer one than the maximum.
    const waitMs = Math.min(lockedUntil - this.now(), maxSeconds * 1000);
    if (waitMs > 0) {
      logger.warn('admin.exit_refused', { why: 'locked' });
      throw new KioskError(
        'account_locked',
        'admin exit locked',
        undefined,
        Math.ceil(waitMs / 1000),
      );
    }
    if (await verifyPin(pin, pinHash)) {
      logger.info('admin.pin_accepted', { afterFailures: failures });
      this.store.save({ failures: 0, lockedUntil: 0 });
      return;
    }
    const failed = this.store.load().failures + 1;
    const free = this.options.freeAttempts ?? 3;
    const over = failed - free;
    if (over >= 0) {
      const base = this.options.lockoutSeconds ?? 30;
      const seconds = Math.min(base * 2 ** over, maxSeconds);
      this.store.save({ failures: failed, lockedUntil: this.now() + seconds * 1000 });
      logger.warn('admin.exit_refused', {
        why: 'wrong_pin',
        failures: failed,
        lockoutSeconds: seconds,
      });
      throw new KioskError('account_locked', 'admin exit locked', undefined, seconds);
    }
    this.store.save({ failures: failed, lockedUntil: 0 });
    logger.warn('admin.exit_refused', { why: 'wrong_pin', failures: failed });
    throw new KioskError('invalid_input', 'wrong admin PIN', { pin: 'admin.errors.wrong' });
  }
}

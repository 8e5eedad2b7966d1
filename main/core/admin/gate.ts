import { KioskError } from '../../../shared/contract';
import type { Logger } from '../logging';
import type { Timers } from '../visit/timers';
import { realTimers } from '../visit/timers';
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
}

export type ExitListener = () => void;

/**
 * Checks the admin PIN and rate-limits wrong ones: after `freeAttempts` wrong PINs in a row, every
 * further attempt is refused unchecked until the lockout ends, and each wrong PIN after a lockout
 * doubles it (30 s, 60 s, 120 s … 15 min). A right PIN resets the count.
 * The lockout lives in memory: a relaunch resets it, which is no help to a guesser at the screen
 * (relaunching needs the PIN or the OS).
 */
export class AdminGate {
  private failures = 0;
  private lockedUntil = 0;
  private readonly listeners = new Set<ExitListener>();
  private readonly now: () => number;

  constructor(private readonly options: AdminGateOptions) {
    this.now = (options.timers ?? realTimers).now;
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
    const waitMs = this.lockedUntil - this.now();
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
      logger.info('admin.pin_accepted', { afterFailures: this.failures });
      this.failures = 0;
      this.lockedUntil = 0;
      return;
    }
    this.failures += 1;
    const free = this.options.freeAttempts ?? 3;
    const over = this.failures - free;
    if (over >= 0) {
      const base = this.options.lockoutSeconds ?? 30;
      const seconds = Math.min(base * 2 ** over, this.options.maxLockoutSeconds ?? 900);
      this.lockedUntil = this.now() + seconds * 1000;
      logger.warn('admin.exit_refused', {
        why: 'wrong_pin',
        failures: this.failures,
        lockoutSeconds: seconds,
      });
      throw new KioskError('account_locked', 'admin exit locked', undefined, seconds);
    }
    logger.warn('admin.exit_refused', { why: 'wrong_pin', failures: this.failures });
    throw new KioskError('invalid_input', 'wrong admin PIN', { pin: 'admin.errors.wrong' });
  }
}

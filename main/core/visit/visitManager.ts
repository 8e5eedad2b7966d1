import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { KioskEvent, Profile, VisitEndReason } from '../../../shared/contract';
import type { Logger } from '../logging';
import type { WipeHook } from '../types';
import { realTimers, type Timers } from './timers';

export interface VisitDurations {
  idleWarningAfterSeconds: number;
  idleCountdownSeconds: number;
  maxVisitMinutes: number;
  /** Optional so that callers with only the three durations above keep working (tests). */
  maxWarningSeconds?: number;
  extensionMinutes?: number;
  maxExtensions?: number;
  endedNoticeSeconds?: number;
}

/** What the welcome screen may say about the visit that just ended: only that it ended. */
export interface EndedNotice {
  ended: boolean;
  secondsLeft: number;
}

/** One user's session. Tokens live here, in main-process memory only, and die with the visit. */
export interface Visit {
  readonly id: string;
  readonly startedAt: number;
  /** The visit's own folder (scans, generated PDFs); deleted at the wipe, never shared. */
  readonly tempDir?: string;
  userToken?: string;
  /** From sign-in: lets the outbox deliver this user's submissions after the visit. */
  submissionGrant?: string;
  profile?: Profile;
  /** Adviser mode: the central API's adviser-mode token and the adviser's first name. */
  adviser?: AdviserPresence;
  /** A signed-in employer space: its token and the grant the outbox delivers its offers with. */
  employer?: { token: string; grant: string };
}

export interface AdviserPresence {
  token: string;
  prenom: string;
}

interface Options {
  /** Replaced between visits by updateDurations. */
  durations: VisitDurations;
  emit: (event: KioskEvent) => void;
  logger: Logger;
  timers?: Timers;
  /** Runs after the wipe, off the critical path (e.g. signing the user out on the central API). */
  onUserGone?: (visit: Visit) => void;
  /** Runs after the wipe when adviser mode was on: gives the adviser-mode token up (revocation). */
  onAdviserGone?: (token: string) => void;
  /** Where visit folders are made (<dataDir>/visits); none: visits get no folder (unit tests). */
  tempRoot?: string;
}

/**
 * Owns the visit lifecycle: start, idle warning then timeout, maximum length, end and wipe. Main is
 * the authority: a frozen or closed renderer cannot keep a visit (and its tokens) alive.
 */
export class VisitManager {
  private visit: Visit | undefined;
  private idleTimer: unknown;
  private countdownTimer: unknown;
  private maxTimer: unknown;
  private maxWarningTimer: unknown;
  private deadline = 0;
  private extensionsUsed = 0;
  private lastEnd: { at: number } | undefined;
  private warning = false;
  private camera = false;
  private idlePaused = false;
  private adviserTimer: unknown;
  private ending: Promise<void> | undefined;
  private readonly hooks = new Set<WipeHook>();
  private readonly timers: Timers;

  constructor(private readonly options: Options) {
    this.timers = options.timers ?? realTimers;
  }

  get current(): Visit | undefined {
    return this.visit;
  }

  /** New durations (a configuration pushed by IT), for the next visit: never during one. */
  updateDurations(durations: VisitDurations): void {
    if (this.visit) throw new Error('visit durations change only between visits');
    this.options.durations = durations;
  }

  get warningShown(): boolean {
    return this.warning;
  }

  onWipe(hook: WipeHook): () => void {
    this.hooks.add(hook);
    return () => this.hooks.delete(hook);
  }

  /** Starts a visit. A visit left open by a renderer that lost its state is ended (and wiped) first. */
  async start(): Promise<Visit> {
    if (this.ending) await this.ending;
    if (this.visit) await this.end('crash');
    const id = randomUUID();
    const visit: Visit = { id, startedAt: this.timers.now(), tempDir: this.makeTempDir(id) };
    this.visit = visit;
    this.lastEnd = undefined;
    this.extensionsUsed = 0;
    this.idlePaused = false;
    this.armMaxLength(visit.startedAt + this.options.durations.maxVisitMinutes * 60_000);
    this.armIdle();
    this.options.logger.info('visit.started', { visitId: visit.id });
    return visit;
  }

  /** The user touched or typed. While the warning is up only "Je suis encore là" dismisses it. */
  activity(): void {
    if (this.visit && !this.warning) this.armIdle();
  }

  stillHere(): void {
    if (!this.visit) return;
    this.warning = false;
    this.armIdle();
  }

  /**
   * "Prolonger de 10 minutes" (WCAG 2.2.1): pushes the maximum length back, at most
   * `maxExtensions` times a visit. Main owns the deadline; the renderer only asks.
   */
  extend(): { extended: boolean; extensionsLeft: number } {
    if (!this.visit || this.extensionsUsed >= this.maxExtensions) {
      return { extended: false, extensionsLeft: 0 };
    }
    this.extensionsUsed += 1;
    const minutes = this.options.durations.extensionMinutes ?? 10;
    // From whichever is later: an early "Prolonger" must not shorten the visit.
    const from = Math.max(this.deadline, this.timers.now());
    this.armMaxLength(from + minutes * 60_000);
    this.options.logger.info('visit.extended', { extensionsUsed: this.extensionsUsed });
    return { extended: true, extensionsLeft: this.maxExtensions - this.extensionsUsed };
  }

  /**
   * Whether the visit before this moment ended (Terminer, idle or maximum length) a short while
   * ago: the next welcome screen says so, nothing more (no name, no screen, no reason).
   */
  endedNotice(): EndedNotice {
    const seconds = this.options.durations.endedNoticeSeconds ?? 15;
    if (this.visit || !this.lastEnd) return { ended: false, secondsLeft: 0 };
    const left = Math.ceil((this.lastEnd.at + seconds * 1000 - this.timers.now()) / 1000);
    return left > 0 ? { ended: true, secondsLeft: left } : { ended: false, secondsLeft: 0 };
  }

  /**
   * An adviser gives the person more time: `minutes` past the current deadline (or now, if later),
   * outside the person's own « Prolonger » limit, which is left as it was.
   */
  extendByAdviser(minutes: number): boolean {
    if (!this.visit) return false;
    this.armMaxLength(Math.max(this.deadline, this.timers.now()) + minutes * 60_000);
    this.options.logger.info('visit.extended_by_adviser', { minutes });
    return true;
  }

  /**
   * Adviser mode pauses the idle timer while the adviser talks the person through (no warning, no
   * timeout); resuming starts a full idle period again. The maximum length still runs.
   */
  pauseIdle(paused: boolean): boolean {
    if (!this.visit) return false;
    this.idlePaused = paused;
    this.warning = false;
    this.armIdle();
    return paused;
  }

  get idleIsPaused(): boolean {
    return this.idlePaused && Boolean(this.visit);
  }

  /** The adviser unlocked the terminal: adviser mode lasts `seconds` at most, then ends by itself. */
  enterAdviserMode(presence: AdviserPresence, seconds: number): void {
    if (!this.visit) return;
    this.visit.adviser = presence;
    this.timers.clearTimeout(this.adviserTimer);
    this.adviserTimer = this.timers.setTimeout(() => {
      if (!this.leaveAdviserMode()) return;
      this.options.emit({ name: 'adviser.ended', payload: { reason: 'expired' } });
    }, seconds * 1000);
  }

  /**
   * Adviser mode ends (left, expired or the visit ends): the person is alone again, so the idle
   * timer runs again. Answers what was given up, for the caller to revoke its token.
   */
  leaveAdviserMode(): AdviserPresence | undefined {
    this.timers.clearTimeout(this.adviserTimer);
    this.adviserTimer = undefined;
    const presence = this.visit?.adviser;
    if (!this.visit || !presence) return undefined;
    delete this.visit.adviser;
    if (this.idlePaused) this.pauseIdle(false);
    return presence;
  }

  private get maxExtensions(): number {
    return this.options.durations.maxExtensions ?? 2;
  }

  /**
   * The document-capture screen opens (true) or closes (false) the camera for this visit; the
   * shell's permission handler grants video capture only while this is on. Off at every visit end.
   */
  allowCamera(on: boolean): void {
    this.camera = on && Boolean(this.visit);
  }

  get cameraAllowed(): boolean {
    return this.camera && Boolean(this.visit);
  }

  /** Ends the visit (once, whatever the number of callers), runs every wipe hook, then tells the UI. */
  end(reason: VisitEndReason): Promise<void> {
    if (this.ending) return this.ending;
    const visit = this.visit;
    if (!visit) return Promise.resolve();
    this.ending = this.runEnd(visit, reason).finally(() => {
      this.ending = undefined;
    });
    return this.ending;
  }

  private async runEnd(visit: Visit, reason: VisitEndReason): Promise<void> {
    const endedAt = this.timers.now();
    // "Terminer", idle and maximum length: the person may still be there (or come back) and reads
    // on the fresh page that the visit ended; the wipe never waits for that message.
    this.lastEnd = ['user', 'idle', 'max_length'].includes(reason) ? { at: endedAt } : undefined;
    this.clearTimers();
    this.warning = false;
    this.camera = false;
    this.idlePaused = false;
    this.visit = undefined;
    const userWasSignedIn = Boolean(visit.userToken ?? visit.employer);
    if (userWasSignedIn) this.options.onUserGone?.({ ...visit });
    const adviserToken = visit.adviser?.token;
    if (adviserToken) this.options.onAdviserGone?.(adviserToken);
    delete visit.userToken;
    delete visit.submissionGrant;
    delete visit.profile;
    delete visit.adviser;
    delete visit.employer;
    let wipeOk = true;
    for (const hook of this.hooks) {
      try {
        await hook(reason);
      } catch (error) {
        wipeOk = false;
        this.options.logger.error('visit.wipe_step_failed', { error });
      }
    }
    if (visit.tempDir) {
      try {
        rmSync(visit.tempDir, { recursive: true, force: true });
      } catch (error) {
        wipeOk = false;
        this.options.logger.error('visit.temp_dir_not_removed', { error });
      }
    }
    this.options.emit({ name: 'visit.ended', payload: { reason } });
    // The audit line: what happened and how long it took; nothing about who.
    this.options.logger.info('visit.ended', {
      visitId: visit.id,
      reason,
      durationMs: endedAt - visit.startedAt,
      wipeMs: this.timers.now() - endedAt,
      wipeOk,
      signedIn: userWasSignedIn,
    });
    // The end of a visit is done when its audit line is on disk (staff and tests read it then).
    await this.options.logger.flush?.();
  }

  /** Removes what a crash or power cut left of earlier visits; run once at start-up. */
  purgeLeftovers(): void {
    const root = this.options.tempRoot;
    if (root) rmSync(root, { recursive: true, force: true });
  }

  private makeTempDir(id: string): string | undefined {
    const root = this.options.tempRoot;
    if (!root) return undefined;
    const dir = join(root, id);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return dir;
  }

  /** Ends the visit at `deadline`, warning `maxWarningSeconds` before it with the extensions left. */
  private armMaxLength(deadline: number): void {
    this.timers.clearTimeout(this.maxTimer);
    this.timers.clearTimeout(this.maxWarningTimer);
    this.deadline = deadline;
    const now = this.timers.now();
    this.maxTimer = this.timers.setTimeout(() => void this.end('max_length'), deadline - now);
    const warnMs = (this.options.durations.maxWarningSeconds ?? 120) * 1000;
    this.maxWarningTimer = this.timers.setTimeout(
      () => {
        const secondsLeft = Math.max(0, Math.round((this.deadline - this.timers.now()) / 1000));
        const extensionsLeft = this.maxExtensions - this.extensionsUsed;
        const extensionMinutes = this.options.durations.extensionMinutes ?? 10;
        this.options.emit({
          name: 'visit.maxLengthWarning',
          payload: { secondsLeft, extensionsLeft, extensionMinutes },
        });
      },
      Math.max(0, deadline - now - warnMs),
    );
  }

  private armIdle(): void {
    this.timers.clearTimeout(this.idleTimer);
    this.timers.clearTimeout(this.countdownTimer);
    this.idleTimer = this.countdownTimer = undefined;
    if (this.idlePaused) return;
    const { idleWarningAfterSeconds, idleCountdownSeconds } = this.options.durations;
    this.idleTimer = this.timers.setTimeout(() => {
      this.warning = true;
      this.options.emit({ name: 'visit.warning', payload: { secondsLeft: idleCountdownSeconds } });
      this.countdownTimer = this.timers.setTimeout(
        () => void this.end('idle'),
        idleCountdownSeconds * 1000,
      );
    }, idleWarningAfterSeconds * 1000);
  }

  private clearTimers(): void {
    const handles = [
      this.idleTimer,
      this.countdownTimer,
      this.maxTimer,
      this.maxWarningTimer,
      this.adviserTimer,
    ];
    for (const handle of handles) this.timers.clearTimeout(handle);
    this.idleTimer = this.countdownTimer = this.maxTimer = this.maxWarningTimer = undefined;
    this.adviserTimer = undefined;
  }
}

import type { KioskEvent, Result, VisitEndReason } from '../../shared/contract';
import type { UpdateFeed } from './updates/updateFeed';

/** Who is calling, as established by the transport (IPC sender check, or host token check). */
export interface CallContext {
  transport: 'ipc' | 'http';
}

export type EventListener = (event: KioskEvent) => void;

/** Runs when a visit ends, before the next one can start: the shell or host wipes its own part. */
export type WipeHook = (reason: VisitEndReason) => void | Promise<void>;

/**
 * The whole of main's logic, with no Electron in it. The shell (IPC) and the host (HTTP) are two
 * transports over the same core: they validate nothing themselves and call `dispatch`.
 */
export interface KioskCore {
  /**
   * Validates the input against the contract, runs the handler, never throws. `method` is any
   * string a transport received: a name outside the contract is refused as 'unknown_method'.
   */
  dispatch(method: string, input: unknown, context: CallContext): Promise<Result<unknown>>;
  /** Subscribes to main → renderer events; returns the unsubscribe function. */
  onEvent(listener: EventListener): () => void;
  /** Ends the current visit, if any (crash, adviser action, shutdown…). Resolves once wiped. */
  endVisit(reason: VisitEndReason): Promise<void>;
  /** Registers a wipe step run at every visit end (partition clearing, SSE notice, temp folder…). */
  onWipe(hook: WipeHook): () => void;
  /** Whether a visit is in progress. */
  hasVisit(): boolean;
  /** Whether the current visit's document-capture screen has the camera open (VisitManager). */
  cameraAllowed(): boolean;
  /** Subscribes to the admin exit (right PIN): the shell quits the app, the host stops. */
  onExitRequested(listener: () => void): () => void;
  /** Where the shell's updater finds new versions; undefined when updates are off (config). */
  readonly updateFeed: UpdateFeed | undefined;
  /** Subscribes to IT's remote relaunch (the visit already wiped): the shell relaunches the app. */
  onRelaunchRequested(listener: () => void): () => void;
  /** Stops timers and background work; ends the current visit with reason 'shutdown'. */
  close(): Promise<void>;
}

import { join } from 'node:path';
import type { KioskEvent, KioskSettings } from '../../shared/contract';
import { postAdviserAction } from './adviser/handlers';
import { AdminGate } from './admin/gate';
import { sqliteLockoutStore } from './admin/lockoutStore';
import { CentralApiClient } from './api/centralApiClient';
import {
  ConfigError,
  EMBEDDED_DEMO_ENROLMENT_TOKEN,
  enrolmentConfigProblem,
  type KioskConfig,
} from './config';
import { sealedCredentialStore } from './api/terminalCredential';
import type { Logger } from './logging';
import { fileMasterKey, type MasterKeyProvider } from './crypto/masterKey';
import { openKioskDb } from './db/kioskDb';
import { createDurableOutbox, type DurableOutboxOptions } from './outbox/durableOutbox';
import { createScanning } from './documents/scanning';
import { createPrinter } from './print/printer';
import { createSpeech } from './speech/speech';
import { createDispatcher } from './rpc/dispatcher';
import { startCommandLoop } from './fleet/commandLoop';
import { watchPrinter, watchScanner } from './fleet/devices';
import { HealthRecorder, recordingErrors } from './fleet/health';
import { RemoteControl } from './fleet/remote';
import { createHandlers } from './rpc/handlers';
import type { EventListener, KioskCore } from './types';
import type { Timers } from './visit/timers';
import { createUpdateFeed } from './updates/updateFeed';
import { VisitManager } from './visit/visitManager';

export interface KioskCoreOptions {
  config: KioskConfig;
  apiBaseUrl: string;
  logger: Logger;
  mode: KioskSettings['mode'];
  appVersion: string;
  timers?: Timers;
  /** Heartbeat period; 0 turns it off (tests). */
  heartbeatMs?: number;
  /** The outbox's master key: Electron passes safeStorage's; default a 0600 key file (browser mode). */
  masterKey?: MasterKeyProvider;
  /** The wait for remote commands from the console; default on when the heartbeat is. */
  remoteCommands?: boolean;
  /** Outbox tuning for tests (backoff, first-attempt wait). */
  outbox?: Pick<DurableOutboxOptions, 'backoff' | 'firstAttemptMs' | 'uploader'>;
}

/** Builds main's logic from the config: the central API client, the visit manager, the handlers. */
export function createKioskCore(options: KioskCoreOptions): KioskCore {
  const { config } = options;
  const health = new HealthRecorder({
    printer: config.printer.kind === 'none',
    scanner: config.scanner.backend === 'none',
  });
  const logger = recordingErrors(options.logger, health);
  const listeners = new Set<EventListener>();
  const relaunchListeners = new Set<() => void>();
  const emit = (event: KioskEvent) => {
    for (const listener of listeners) listener(event);
    if (event.name === 'visit.ended') {
      health.visitEnded();
      void remote.visitEnded();
    }
  };
  const masterKey = (options.masterKey ?? fileMasterKey(join(config.dataDir, 'outbox.key'))).load();
  const db = openKioskDb(join(config.dataDir, 'kiosk.db'));
  const credentials = sealedCredentialStore(db, masterKey);
  const problem = enrolmentConfigProblem(config, credentials.load() !== undefined);
  if (problem) {
    db.close();
    masterKey.fill(0);
    throw new ConfigError(problem);
  }
  const api = new CentralApiClient({
    baseUrl: options.apiBaseUrl,
    timeoutMs: config.centralApi.timeoutMs,
    // No central API configured: this kiosk started the demo one, whose token it may use.
    enrolmentToken:
      config.terminal.enrolmentToken ??
      (config.centralApi.url ? undefined : EMBEDDED_DEMO_ENROLMENT_TOKEN),
    enrolmentCode: config.terminal.enrolmentCode,
    terminalLabel: config.terminal.label,
    agencyCode: config.terminal.agencyCode,
    credentials,
    logger: logger.child('api'),
  });
  const visits = new VisitManager({
    durations: config.visit,
    emit,
    logger: logger.child('visit'),
    timers: options.timers,
    tempRoot: join(config.dataDir, 'visits'),
    // Sign-out runs after the wipe: the token is already gone from the visit, only this closure has it.
    onUserGone: (visit) => {
      const token = visit.userToken;
      if (token) void api.signOut(token).catch(() => logger.warn('visit.sign_out_failed'));
      const employer = visit.employer?.token;
      if (employer)
        void api.employerSignOut(employer).catch(() => logger.warn('visit.sign_out_failed'));
    },
    // Adviser mode ends with the visit: its token is given up on the central API after the wipe.
    onAdviserGone: (token) =>
      void postAdviserAction(api, token, 'leave').catch(() => logger.warn('adviser.leave_failed')),
  });
  visits.purgeLeftovers();
  const settings: KioskSettings = {
    mode: options.mode,
    locale: config.locale,
    idleWarningAfterSeconds: config.visit.idleWarningAfterSeconds,
    idleCountdownSeconds: config.visit.idleCountdownSeconds,
    maxVisitMinutes: config.visit.maxVisitMinutes,
    keyboard: config.keyboard,
    get outOfService() {
      return remote.outOfService;
    },
  };
  const fileConfig = {
    visit: { ...config.visit },
    locale: config.locale,
    keyboard: config.keyboard,
  };
  const remote = new RemoteControl({
    statePath: join(config.dataDir, 'fleet-state.json'),
    visits,
    // Over the file's values; applied between visits only (RemoteControl waits for the end).
    applyConfig: (pushed) => {
      const durations = { ...fileConfig.visit, ...pushed.visit };
      visits.updateDurations(durations);
      settings.locale = pushed.locale ?? fileConfig.locale;
      settings.keyboard = pushed.keyboard ?? fileConfig.keyboard;
      settings.idleWarningAfterSeconds = durations.idleWarningAfterSeconds;
      settings.idleCountdownSeconds = durations.idleCountdownSeconds;
      settings.maxVisitMinutes = durations.maxVisitMinutes;
    },
    emit,
    ack: (commandId, outcome, errorCode) => api.ackCommand(commandId, { outcome, errorCode }),
    relaunch: () => {
      for (const listener of relaunchListeners) listener();
      return relaunchListeners.size > 0;
    },
    logger: logger.child('fleet'),
  });
  const outbox = createDurableOutbox({
    ...options.outbox,
    db,
    masterKey,
    transport: { post: (...args) => api.deliver(...args) },
    uploader: api,
    logger: logger.child('outbox'),
  });
  const admin = new AdminGate({
    pinHash: config.admin.pinHash,
    logger: logger.child('admin'),
    timers: options.timers,
    store: sqliteLockoutStore(db),
  });
  const speech = createSpeech(config.speech);
  const scanning = createScanning(config.scanner);
  const watchedScanning = { ...scanning, scanner: watchScanner(scanning.scanner, health) };
  const dispatchCall = createDispatcher(
    createHandlers({
      visits,
      api,
      outbox,
      printer: watchPrinter(createPrinter(config.printer), health),
      settings,
      scanning: watchedScanning,
      logger: logger.child('documents'),
      admin,
      speech,
    }),
    logger.child('rpc'),
  );

  const dispatch: KioskCore['dispatch'] = async (method, input, context) => {
    // Out of service: no visit starts, whatever a page still on screen asks.
    if (method === 'visit.start' && remote.outOfService) {
      return { ok: false, error: { code: 'forbidden', message: 'terminal out of service' } };
    }
    const result = await dispatchCall(method, input, context);
    if (method === 'documents.cameraCapture') health.device('camera', result.ok);
    return result;
  };

  const heartbeat = () =>
    api
      .heartbeat({
        appVersion: options.appVersion,
        visitActive: Boolean(visits.current),
        outbox: outbox.status(),
        ...health.snapshot(),
        configVersion: remote.configVersion,
        outOfService: remote.outOfService,
      })
      // The central API answering again is the cue to retry what is queued.
      .then((answer) => {
        remote.receive(answer.commands);
        outbox.kick();
      })
      .catch(() => {
        logger.warn('terminal.heartbeat_failed');
      });
  const heartbeatMs = options.heartbeatMs ?? 60_000;
  const heartbeatTimer =
    heartbeatMs > 0 ? setInterval(() => void heartbeat(), heartbeatMs) : undefined;
  heartbeatTimer?.unref();
  if (heartbeatMs > 0) void heartbeat();
  const commandLoop =
    (options.remoteCommands ?? heartbeatMs > 0)
      ? startCommandLoop({
          wait: (seconds, known, signal) => api.waitCommands(seconds, known, signal),
          known: () => remote.known(),
          receive: (commands) => remote.receive(commands),
          logger: logger.child('fleet'),
        })
      : undefined;

  return {
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    endVisit: (reason) => visits.end(reason),
    onWipe: (hook) => visits.onWipe(hook),
    hasVisit: () => Boolean(visits.current),
    updateFeed: createUpdateFeed({
      config,
      apiBaseUrl: options.apiBaseUrl,
      appVersion: options.appVersion,
      authorization: () => api.authorization(),
    }),
    cameraAllowed: () => visits.cameraAllowed,
    onExitRequested: (listener) => admin.onExitRequested(listener),
    onRelaunchRequested(listener) {
      relaunchListeners.add(listener);
      return () => relaunchListeners.delete(listener);
    },
    async close() {
      if (heartbeatTimer) clearInterval(heartbeatTimer);
      commandLoop?.close();
      await visits.end('shutdown');
      await outbox.close();
      await speech.close();
      // A first enrolment under way stores the terminal's credential: the database waits for it.
      await api.idle();
      db.close();
      masterKey.fill(0);
      listeners.clear();
    },
  };
}

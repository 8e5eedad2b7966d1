import { join } from 'node:path';
import type { KioskEvent, KioskSettings } from '../../shared/contract';
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
import { createHandlers } from './rpc/handlers';
import type { EventListener, KioskCore } from './types';
import type { Timers } from './visit/timers';
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
  /** Outbox tuning for tests (backoff, first-attempt wait). */
  outbox?: Pick<DurableOutboxOptions, 'backoff' | 'firstAttemptMs' | 'uploader'>;
}

/** Builds main's logic from the config: the central API client, the visit manager, the handlers. */
export function createKioskCore(options: KioskCoreOptions): KioskCore {
  const { config, logger } = options;
  const listeners = new Set<EventListener>();
  const emit = (event: KioskEvent) => {
    for (const listener of listeners) listener(event);
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
    },
  });
  visits.purgeLeftovers();
  const settings: KioskSettings = {
    mode: options.mode,
    locale: config.locale,
    idleWarningAfterSeconds: config.visit.idleWarningAfterSeconds,
    idleCountdownSeconds: config.visit.idleCountdownSeconds,
    maxVisitMinutes: config.visit.maxVisitMinutes,
    keyboard: config.keyboard,
  };
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
  const dispatch = createDispatcher(
    createHandlers({
      visits,
      api,
      outbox,
      printer: createPrinter(config.printer),
      settings,
      scanning: createScanning(config.scanner),
      logger: logger.child('documents'),
      admin,
      speech,
    }),
    logger.child('rpc'),
  );

  const heartbeat = () =>
    api
      .heartbeat({
        appVersion: options.appVersion,
        visitActive: Boolean(visits.current),
        outbox: outbox.status(),
      })
      // The central API answering again is the cue to retry what is queued.
      .then(() => outbox.kick())
      .catch(() => {
        logger.warn('terminal.heartbeat_failed');
      });
  const heartbeatMs = options.heartbeatMs ?? 60_000;
  const heartbeatTimer =
    heartbeatMs > 0 ? setInterval(() => void heartbeat(), heartbeatMs) : undefined;
  heartbeatTimer?.unref();
  if (heartbeatMs > 0) void heartbeat();

  return {
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    endVisit: (reason) => visits.end(reason),
    onWipe: (hook) => visits.onWipe(hook),
    hasVisit: () => Boolean(visits.current),
    cameraAllowed: () => visits.cameraAllowed,
    onExitRequested: (listener) => admin.onExitRequested(listener),
    async close() {
      if (heartbeatTimer) clearInterval(heartbeatTimer);
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

import { join } from 'node:path';
import type { KioskSettings } from '../../shared/contract';
import { ConfigError, type KioskConfig } from './config';
import type { MasterKeyProvider } from './crypto/masterKey';
import { createKioskCore } from './kiosk';
import { createLogger, type KioskLogger, type Logger } from './logging';
import type { KioskCore } from './types';

// Written in by scripts/build.mjs from package.json; undefined when running from sources.
declare const KIOSK_APP_VERSION: string | undefined;
export const BUILD_VERSION = typeof KIOSK_APP_VERSION === 'string' ? KIOSK_APP_VERSION : undefined;

/** The reference central API started inside the kiosk when the config names no central API. */
export interface EmbeddedApi {
  url: string;
  close(): Promise<void>;
}

export interface BootOptions {
  config: KioskConfig;
  mode: KioskSettings['mode'];
  appVersion: string;
  /**
   * The outbox's master key (Electron: main/shell/safeStorageKey.ts); default: the 0600 key file
   * <dataDir>/outbox.key. A provider that throws stops the boot (basic_text in production).
   */
  masterKey?: (logger: Logger) => MasterKeyProvider;
  /** Handed in by the composition root: core does not depend on the reference server. */
  startEmbeddedApi(dbPath: string): Promise<EmbeddedApi>;
}

export interface BootedKiosk {
  /** The entry closes it last when the kiosk stops (lines are written asynchronously). */
  logger: KioskLogger;
  core: KioskCore;
  embedded?: EmbeddedApi;
}

/** What both entries (Electron and browser mode) do first: logger, central API, core. */
export async function bootKiosk(options: BootOptions): Promise<BootedKiosk> {
  const { config } = options;
  const logger = createLogger({
    dir: join(config.dataDir, 'logs'),
    rotation: {
      maxBytes: config.logging.maxFileMegabytes * 1024 * 1024,
      keepFiles: config.logging.keepFiles,
    },
  });
  let apiBaseUrl = config.centralApi.url;
  let embedded: EmbeddedApi | undefined;
  if (!apiBaseUrl) {
    embedded = await options.startEmbeddedApi(join(config.dataDir, 'central-api.db'));
    apiBaseUrl = embedded.url;
  }
  try {
    const core = createKioskCore({
      config,
      apiBaseUrl,
      logger,
      mode: options.mode,
      appVersion: options.appVersion,
      masterKey: options.masterKey?.(logger.child('outbox')),
    });
    return { logger, core, embedded };
  } catch (error) {
    // A kiosk that cannot start (e.g. no safe key storage) leaves no server running behind it,
    // and the line naming the cause is on disk before the caller exits.
    await embedded?.close().catch(() => undefined);
    await logger.flush();
    throw error;
  }
}

/** One line for the console when the kiosk cannot start: the config's own words, or the cause. */
export function startupFailureMessage(error: unknown): string {
  return error instanceof ConfigError
    ? error.message
    : `could not start: ${(error as Error).message}`;
}

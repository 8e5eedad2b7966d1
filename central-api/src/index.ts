import type { AddressInfo } from 'node:net';
import { buildCentralApi, type CentralApiAppOptions } from './app';
import { openDatabase } from './db/open';
import { createPasswordHasher, type PasswordHashing, type PasswordPoolOptions } from './passwords';
import { revokeDemoEnrolmentToken, seedDemoData } from './seed';
import type { SignInLimitOptions } from './signInLimits';
import { romeIndexFromFile } from './rome';
import { DEMO_OFFER_COUNT, seedDemoOffres } from './offres/seed';

export { buildCentralApi, type CentralApiAppOptions } from './app';
export { romeIndexFromFile, romeIndexFromValue, type RomeIndexStore } from './rome';
export { openDatabase, migrate, type Db } from './db/open';
export { migrations } from './db/migrations';
export { clockFromEnv } from './testClock';
export { defaultSignInLimits, type SignInLimitOptions } from './signInLimits';
export { mailKeyFile, openForMailer } from './mailSecrets';
export { DEMO_OFFER_COUNT, demoOfferNumbers } from './offres/seed';
export { demoStaffAccounts, type DemoStaffAccount } from './staff/seedStaff';
export { sendOfferAlerts } from './offres/alertMailer';
export { createOfferSearch } from './offres/search';
export { shippedPlaces } from './offres/places';
export { demoAccounts, DEMO_ENROLMENT_TOKEN, seedDemoData, type DemoAccount } from './seed';

export interface StartCentralApiOptions {
  /** A SQLite file, or a postgres:// URL (db/open.ts). */
  dbPath: string;
  /** With PostgreSQL: the folder for the files kept beside the database (mail key, releases). */
  filesDir?: string;
  /** Default 127.0.0.1: the reference API is not meant to face a network. */
  host?: string;
  /** Default 0: any free port (read the URL from the result). */
  port?: number;
  logStream?: NodeJS.WritableStream;
  logLevel?: string;
  passwordHashing?: PasswordHashing;
  /** Where argon2 runs (worker threads by default) and the bound of its queue. */
  passwordPool?: PasswordPoolOptions;
  now?: () => Date;
  signInLimits?: SignInLimitOptions;
  /** Staff sign-in lockout and throttle (tests shorten them). */
  staffLockout?: CentralApiAppOptions['staffLockout'];
  staffConsoleDir?: string;
  /** Test-only routes (outbox fault suite, benches); never in production. */
  testRoutes?: boolean;
  rome?: CentralApiAppOptions['rome'];
  mailKey?: CentralApiAppOptions['mailKey'];
  /** The load balancers whose X-Forwarded-For is believed (CLI --trust-proxy); default none. */
  trustProxy?: CentralApiAppOptions['trustProxy'];
  /**
   * How many demo offers a new database gets (default KIOSK_API_DEMO_OFFERS, else 20,000). Tests
   * ask for fewer: 20,000 take about 2.5 s to generate and index, 2,000 a tenth of that.
   */
  demoOffers?: number;
  /**
   * Default true: the demo data is seeded and the demo enrolment token works. False (the CLI's
   * --production): nothing is seeded and the demo token, if an earlier demo run left it, is revoked,
   * so a production-configured API never accepts it.
   */
  demo?: boolean;
}

export interface RunningCentralApi {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

/** Opens (and migrates, and seeds) the database, then listens. */
export async function startCentralApi(options: StartCentralApiOptions): Promise<RunningCentralApi> {
  const db = openDatabase(options.dbPath, undefined, { filesDir: options.filesDir });
  const hasher = createPasswordHasher(options.passwordHashing, options.passwordPool);
  try {
    const rome = options.rome ?? romeIndexFromFile();
    if (options.demo === false) {
      revokeDemoEnrolmentToken(db, options.now?.() ?? new Date());
    } else {
      // The server's clock (moved by a test clock, see testClock.ts) also dates the demo data.
      await seedDemoData(db, hasher, options.now?.());
      seedDemoOffres(db, {
        rome,
        now: options.now?.() ?? new Date(),
        count: demoOfferCount(options),
      });
    }
    const app = await buildCentralApi({ ...options, db, hasher, rome });
    await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
    const address = app.server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    let closing: Promise<void> | undefined;
    return {
      url: `http://${host}:${address.port}`,
      close: () => {
        closing ??= app
          .close()
          .then(() => hasher.close())
          .then(() => void db.close());
        return closing;
      },
    };
  } catch (error) {
    await hasher.close();
    db.close();
    throw error;
  }
}

function demoOfferCount(options: StartCentralApiOptions): number {
  if (options.demoOffers !== undefined) return options.demoOffers;
  const fromEnv = Number.parseInt(process.env.KIOSK_API_DEMO_OFFERS ?? '', 10);
  return Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : DEMO_OFFER_COUNT;
}

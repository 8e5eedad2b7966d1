import type { AddressInfo } from 'node:net';
import { buildCentralApi, type CentralApiAppOptions } from './app';
import { openDatabase } from './db/open';
import { createPasswordHasher, type PasswordHashing, type PasswordPoolOptions } from './passwords';
import { seedDemoData } from './seed';
import type { SignInLimitOptions } from './signInLimits';

export { buildCentralApi, type CentralApiAppOptions } from './app';
export { romeIndexFromFile, romeIndexFromValue, type RomeIndexStore } from './rome';
export { openDatabase, migrate, type Db } from './db/open';
export { migrations } from './db/migrations';
export { clockFromEnv } from './testClock';
export { defaultSignInLimits, type SignInLimitOptions } from './signInLimits';
export { mailKeyFile, openForMailer } from './mailSecrets';
export { demoAccounts, DEMO_ENROLMENT_TOKEN, seedDemoData, type DemoAccount } from './seed';

export interface StartCentralApiOptions {
  dbPath: string;
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
  /** Test-only routes (outbox fault suite, benches); never in production. */
  testRoutes?: boolean;
  rome?: CentralApiAppOptions['rome'];
  mailKey?: CentralApiAppOptions['mailKey'];
}

export interface RunningCentralApi {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

/** Opens (and migrates, and seeds) the database, then listens. */
export async function startCentralApi(options: StartCentralApiOptions): Promise<RunningCentralApi> {
  const db = openDatabase(options.dbPath);
  const hasher = createPasswordHasher(options.passwordHashing, options.passwordPool);
  try {
    // The server's clock (moved by a test clock, see testClock.ts) also dates the demo data.
    await seedDemoData(db, hasher, options.now?.());
    const app = await buildCentralApi({ ...options, db, hasher });
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

import type { Db } from './db/open';
import type { Idempotency } from './idempotency';
import type { PasswordHasher } from './passwords';

/** What every route module receives. `now` is injectable so tests can move the clock. */
export interface Deps {
  db: Db;
  hasher: PasswordHasher;
  now: () => Date;
  idempotency: Idempotency;
}

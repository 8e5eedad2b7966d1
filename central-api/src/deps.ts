import type { Db } from './db/open';
import type { Idempotency } from './idempotency';
import type { MailKey } from './mailSecrets';
import type { PasswordHasher } from './passwords';
import type { SignInLimits } from './signInLimits';
import type { RomeIndexStore } from './rome';
import type { OfferSearchEngine } from './offres/search';
import type { EventHub } from './staff/events';

/** What every route module receives. `now` is injectable so tests can move the clock. */
export interface Deps {
  db: Db;
  hasher: PasswordHasher;
  now: () => Date;
  idempotency: Idempotency;
  signInLimits: SignInLimits;
  rome: RomeIndexStore;
  /** Seals what the mailer must send (temporary passwords) before it is written to outgoing_emails. */
  mailKey: MailKey;
  offres: OfferSearchEngine;
  /** Live feeds of the staff console (server-sent events): publish what changed, per topic. */
  events: EventHub;
}

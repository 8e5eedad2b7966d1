import type { Migration } from './migration';

// The adviser's agency address in parts: a person needs its town, not only a street.
export const m0008AdviserTown: Migration = {
  id: '0008-adviser-town',
  sql: `
    ALTER TABLE advisers ADD COLUMN postal_code TEXT NOT NULL DEFAULT '';
    ALTER TABLE advisers ADD COLUMN town TEXT NOT NULL DEFAULT '';
  `,
};

import type { Migration } from './migration';

/**
 * The agency a terminal stands in (a code of `agencies.ts`), so that staff see the help requests
 * and the health of their own agency's terminals. Null for a terminal that never said.
 */
export const m0016TerminalAgency: Migration = {
  id: '0016-terminal-agency',
  sql: `
    ALTER TABLE terminals ADD COLUMN agency_code TEXT;
    CREATE INDEX terminals_agency ON terminals (agency_code);
  `,
};

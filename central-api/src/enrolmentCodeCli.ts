import { agencyByCode } from './agencies';
import { openDatabase } from './db/open';
import { issueEnrolmentCode } from './terminalIdentity';

/**
 * `npm run central-api -- enrolment-code <label> [<agency>]`: the console's "Enrôler une borne"
 * for a machine without the console. Prints the code once; returns a problem line instead.
 */
export function printEnrolmentCode(
  dbPath: string,
  label: string,
  agencyCode: string | undefined,
): string | undefined {
  if (label.length > 64) return 'the label must be 64 characters or fewer';
  if (agencyCode !== undefined && !agencyByCode(agencyCode))
    return `unknown agency code ${agencyCode}`;
  const db = openDatabase(dbPath);
  try {
    const issued = issueEnrolmentCode(db, {
      label,
      agencyCode: agencyCode ?? null,
      issuedBy: null,
      at: new Date(),
    });
    console.log(`enrolment code for ${label}: ${issued.code}`);
    console.log(
      `valid once until ${issued.expiresAt}${issued.reenrolment ? '; using it re-enrols the terminal and revokes its earlier credential' : ''}`,
    );
    return undefined;
  } finally {
    db.close();
  }
}

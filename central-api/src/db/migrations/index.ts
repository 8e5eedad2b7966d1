/**
 * Schema migrations, one file each, embedded as TypeScript strings so that the esbuild bundle of main
 * carries them (no .sql file to find at run time). Append only: never edit a migration that has
 * shipped; add the next number's file and list it last here.
 * Times are ISO 8601 UTC strings from Date#toISOString, so they compare as text.
 */
import type { Migration } from './migration';
import { m0001Initial } from './0001-initial';
import { m0002SubmissionGrantsLockout } from './0002-submission-grants-lockout';
import { m0003Accounts } from './0003-accounts';
import { m0004Actualisations } from './0004-actualisations';
import { m0005DocumentsExchanges } from './0005-documents-exchanges';
import { m0006Cvs } from './0006-cvs';
import { m0007ParticulierEmployer } from './0007-particulier-employer';
import { m0008AdviserTown } from './0008-adviser-town';
import { m0009AssistCancel } from './0009-assist-cancel';
import { m0010Paiements } from './0010-paiements';
import { m0011Profil } from './0011-profil';
import { m0012SituationChanges } from './0012-situation-changes';
import { m0013AbuseLimits } from './0013-abuse-limits';
import { m0014Offres } from './0014-offres';
import { m0015Candidatures } from './0015-candidatures';
import { m0016TerminalAgency } from './0016-terminal-agency';
import { m0017ClasseurAlertes } from './0017-classeur-alertes';
import { m0018EmployerSessions } from './0018-employer-sessions';
import { m0019Staff } from './0019-staff';
import { m0020TerminalIdentity } from './0020-terminal-identity';
import { m0021Fleet } from './0021-fleet';
import { m0022Updates } from './0022-updates';
import { m0023AdviserMode } from './0023-adviser-mode';
import { m0024RateWindows } from './0024-rate-windows';

export type { Migration };

export const migrations: readonly Migration[] = [
  m0001Initial,
  m0002SubmissionGrantsLockout,
  m0003Accounts,
  m0004Actualisations,
  m0005DocumentsExchanges,
  m0006Cvs,
  m0007ParticulierEmployer,
  m0008AdviserTown,
  m0009AssistCancel,
  m0010Paiements,
  m0011Profil,
  m0012SituationChanges,
  m0013AbuseLimits,
  m0014Offres,
  m0015Candidatures,
  m0016TerminalAgency,
  m0017ClasseurAlertes,
  m0018EmployerSessions,
  m0019Staff,
  m0020TerminalIdentity,
  m0021Fleet,
  m0022Updates,
  m0023AdviserMode,
  m0024RateWindows,
];

import { KioskError, type KioskSettings } from '../../../shared/contract';
import type { AdminGate } from '../admin/gate';
import type { CentralApiClient } from '../api/centralApiClient';
import type { ScanningSetup } from '../documents/scanning';
import type { Logger } from '../logging';
import type { Outbox } from '../outbox/port';
import type { Printer } from '../print/printer';
import type { Speech } from '../speech/speech';
import type { Visit, VisitManager } from '../visit/visitManager';

/**
 * What every feature's handlers receive, and the guards they open with. Its own module, imported by
 * the features and by the list that gathers them, so no feature imports that list back.
 */
export interface HandlerDeps {
  visits: VisitManager;
  api: CentralApiClient;
  outbox: Outbox;
  printer: Printer;
  settings: KioskSettings;
  /** The document scanner and its configured device, resolution and source. */
  scanning: ScanningSetup;
  /** For audit lines without personal data; absent in some tests. */
  logger?: Logger;
  /** The hidden admin exit's PIN check (absent: the exit is refused). */
  admin?: AdminGate;
  /** Spoken output rendered in main (espeak-ng) or recorded (tests); absent: `off`. */
  speech?: Speech;
}

export function requireVisit(visits: VisitManager): Visit {
  const visit = visits.current;
  if (!visit) throw new KioskError('no_active_visit', 'no visit in progress');
  return visit;
}

export function requireUser(visits: VisitManager): Visit & { userToken: string } {
  const visit = requireVisit(visits);
  if (!visit.userToken) throw new KioskError('not_signed_in', 'no user signed in');
  return visit as Visit & { userToken: string };
}

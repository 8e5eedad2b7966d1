import type { HandlersOf } from '../rpc/dispatcher';
import type { HandlerDeps } from '../rpc/handlers';
import { KioskError } from '../../../shared/contract';

/**
 * The admin exit. A right PIN ends any visit (reason 'adviser': a staff action) first, so that
 * the wipe runs while the process is still whole; the transport then quits (shell) or stops (host).
 */
export function adminHandlers({ admin, visits }: HandlerDeps): HandlersOf<'admin.exit'> {
  return {
    'admin.exit': async ({ pin }) => {
      if (!admin) throw new KioskError('forbidden', 'admin exit not available');
      await admin.unlock(pin);
      await visits.end('adviser');
      admin.requestExit();
      return { exiting: true as const };
    },
  };
}

import { KioskError } from '../../../shared/contract';
import type { adminMethods } from '../../../shared/contract/admin';
import type { HandlerDeps } from '../rpc/context';
import type { HandlersFor } from '../rpc/dispatcher';

/**
 * The admin exit. A right PIN ends any visit (reason 'adviser': a staff action) first, so that
 * the wipe runs while the process is still whole; the transport then quits (shell) or stops (host).
 */
export function adminHandlers({ admin, visits }: HandlerDeps): HandlersFor<typeof adminMethods> {
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

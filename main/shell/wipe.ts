import { clipboard, type Session } from 'electron';
import type { Logger } from '../core/logging';

/**
 * Wipes what a finished visit left in its (in-memory) partition and on the clipboard. Every step
 * runs even when another fails; a failure is logged by step name and reported to the caller.
 */
export async function wipeVisitSession(session: Session, logger: Logger): Promise<boolean> {
  const steps: Array<[string, () => Promise<void> | void]> = [
    ['clearData', () => session.clearData()],
    ['clearAuthCache', () => session.clearAuthCache()],
    ['clearHostResolverCache', () => session.clearHostResolverCache()],
    ['clearCodeCaches', () => session.clearCodeCaches({})],
    ['closeAllConnections', () => session.closeAllConnections()],
    // Electron 45 clears the clipboard only; the X11 primary selection (middle-click paste) is
    // not reachable from here and is covered at the OS level (docs/INSTALL.md).
    ['clipboard', () => clipboard.clear()],
  ];
  let ok = true;
  for (const [name, step] of steps) {
    try {
      await step();
    } catch (error) {
      ok = false;
      logger.error('shell.wipe_step_failed', { step: name, error });
    }
  }
  return ok;
}

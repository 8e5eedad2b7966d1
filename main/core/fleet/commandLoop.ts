import type { Logger } from '../logging';
import type { RemoteCommand } from './remote';

/** How long the central API may hold one command wait; its answer comes sooner when one is queued. */
export const COMMAND_WAIT_SECONDS = 25;
/** After a failed wait (central API unreachable), the next one starts this much later. */
const RETRY_MS = 5000;

/**
 * Keeps one command wait open on the central API, so a remote command reaches the terminal within
 * a second of being queued (and within the next wait after a network cut). Stops on close().
 */
export function startCommandLoop(options: {
  /** `known`: the commands already in hand, which must not end the wait. */
  wait(
    waitSeconds: number,
    known: readonly string[],
    signal: AbortSignal,
  ): Promise<{ commands: RemoteCommand[] }>;
  known(): readonly string[];
  /** Takes the commands in hand; returns how many it did not have already. */
  receive(commands: RemoteCommand[]): number;
  logger: Logger;
}): { close(): void } {
  const stop = new AbortController();
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      stop.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  void (async () => {
    let failures = 0;
    while (!stop.signal.aborted) {
      try {
        const { commands } = await options.wait(COMMAND_WAIT_SECONDS, options.known(), stop.signal);
        failures = 0;
        // Only commands already in hand came back (an answer racing an earlier one): a pause
        // keeps a disagreement between the two sides from becoming a busy loop.
        if (commands.length > 0 && options.receive(commands) === 0) await pause(RETRY_MS);
      } catch {
        if (stop.signal.aborted) break;
        // One line per outage, not one every few seconds while it lasts.
        if (failures === 0) options.logger.warn('fleet.command_wait_failed');
        failures += 1;
        await pause(RETRY_MS);
      }
    }
  })();
  return { close: () => stop.abort() };
}

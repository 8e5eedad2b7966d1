import type { RendererKioskApi } from '../../bridge';
import { resetKioskStore, useKioskStore } from '../../store';

/**
 * The UI's part of the wipe: everything of the user leaves the store (and so the DOM). When the
 * bridge is about to reload the page for the browser-mode wipe, a neutral "ending" screen is shown
 * until then, so nothing (tests, benchmarks) mistakes the old page for the next welcome screen.
 */
export function visitEnded(api: RendererKioskApi): void {
  resetKioskStore({ keepSettings: true });
  if (api.reloadsOnVisitEnd) useKioskStore.getState().visitEnding();
}

import type { Result } from './errors';
import type { EventName, EventPayload } from './events';
import type { MethodInput, MethodName, MethodOutput } from './methods';

/** What the renderer sees of main, in Electron (window.kiosk) and in browser mode (HTTP) alike. */
export interface KioskApi {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

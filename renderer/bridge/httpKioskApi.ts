import {
  EVENTS_PATH,
  EventFanout,
  HOST_PAGE_HEADER,
  HOST_PAGE_PARAM,
  HOST_PAGE_REFUSED_EVENT,
  HOST_TOKEN_HEADER,
  VISIT_WIPE_PATH,
  events,
  isErrorCode,
  rpcPathOf,
  type EventName,
  type EventPayload,
  type KioskApi,
  type KioskErrorInfo,
  type Result,
} from '../../shared/contract';

/** The browser's pieces the HTTP bridge uses, injectable so that tests can stand in for them. */
export interface HttpBridgeDeps {
  token: string;
  fetch: typeof fetch;
  EventSource: new (url: string) => BridgeEventSource;
  /** This page's id for the host's "one page drives the kiosk"; random per page load. */
  pageId?: string;
  /** Leaves the page for the wipe URL (window.location.replace in the browser). */
  navigate: (url: string) => void;
}

interface BridgeEventSource extends Pick<EventSource, 'onmessage' | 'close'> {
  /** Named events: only the host's refusal of this page. */
  addEventListener?(type: string, listener: () => void): void;
}

/** A KioskApi that also says whether a visit end reloads the page (browser mode's wipe). */
export interface RendererKioskApi extends KioskApi {
  readonly reloadsOnVisitEnd?: boolean;
  /**
   * Browser mode: another page already drives the kiosk, so this one may do nothing (told once,
   * at once if already known). Absent where only one page can exist (Electron, tests).
   */
  onPageRefused?(listener: () => void): () => void;
}

const failure = (message: string): Result<never> => ({
  ok: false,
  error: { code: 'internal', message },
});

/** Only a well-formed Result crosses into the UI; anything else is the host's fault: 'internal'. */
function toResult(body: unknown): Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body))
    return failure('malformed reply');
  if (body.ok === true && 'value' in body) return { ok: true, value: body.value };
  const error = (body as { error?: Partial<KioskErrorInfo> }).error;
  if (body.ok === false && error && isErrorCode(error.code)) {
    const info: KioskErrorInfo = { code: error.code, message: String(error.message ?? '') };
    if (error.fields && typeof error.fields === 'object') info.fields = error.fields;
    if (typeof error.retryAfterSeconds === 'number')
      info.retryAfterSeconds = error.retryAfterSeconds;
    return { ok: false, error: info };
  }
  return failure('malformed reply');
}

/**
 * Browser mode: the contract as POST /rpc/<method> and one shared SSE stream, behind the host's
 * per-launch token. A visit end leaves the page for the wipe URL once, after the UI has been told.
 */
export function createHttpKioskApi(deps: HttpBridgeDeps): RendererKioskApi {
  const listeners = new EventFanout();
  let source: BridgeEventSource | undefined;
  let wiping = false;
  const pageId = deps.pageId ?? crypto.randomUUID();
  let refused = false;
  const refusedListeners = new Set<() => void>();

  const refuse = () => {
    source?.close();
    if (refused) return;
    refused = true;
    for (const listener of refusedListeners) listener();
  };

  const wipe = () => {
    if (wiping) return;
    wiping = true;
    deps.navigate(VISIT_WIPE_PATH);
  };

  const emit = (name: EventName, payload: unknown) => {
    listeners.emit(name, payload);
    if (name === 'visit.ended') wipe();
  };

  const openStream = () => {
    if (source) return;
    const query = `token=${encodeURIComponent(deps.token)}&${HOST_PAGE_PARAM}=${pageId}`;
    source = new deps.EventSource(`${EVENTS_PATH}?${query}`);
    source.addEventListener?.(HOST_PAGE_REFUSED_EVENT, refuse);
    source.onmessage = (message: MessageEvent) => {
      let event: { name?: unknown; payload?: unknown };
      try {
        event = JSON.parse(String(message.data)) as typeof event;
      } catch {
        return;
      }
      const name = event.name as EventName;
      if (!Object.prototype.hasOwnProperty.call(events, name)) return;
      const parsed = events[name].safeParse(event.payload);
      if (parsed.success) emit(name, parsed.data);
    };
  };

  return {
    reloadsOnVisitEnd: true,
    async call(method, input) {
      let result: Result<unknown>;
      try {
        const response = await deps.fetch(rpcPathOf(method), {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            [HOST_TOKEN_HEADER]: deps.token,
            [HOST_PAGE_HEADER]: pageId,
          },
          body: JSON.stringify(input),
          cache: 'no-store',
        });
        if (response.status === 409) refuse();
        result =
          response.status === 200
            ? toResult(await response.json())
            : failure(`HTTP ${response.status}`);
      } catch {
        result = failure('host unreachable');
      }
      // After the caller has seen the result (and cleared the screen), like event listeners.
      if (method === 'visit.end' && result.ok) setTimeout(wipe, 0);
      // The generic signature cannot be proven from a runtime reply; the host validated it.
      return result as never;
    },
    onPageRefused(listener) {
      refusedListeners.add(listener);
      if (refused) listener();
      return () => refusedListeners.delete(listener);
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      openStream();
      return listeners.add(event, listener as (payload: unknown) => void);
    },
  };
}

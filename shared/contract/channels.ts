import type { MethodName } from './methods';

/**
 * Transport names, written once. Electron IPC uses one invoke channel per method and one event
 * channel; browser mode uses one HTTP path per method, one SSE stream and one wipe URL.
 */
export const ipcChannelOf = (method: MethodName): string => `kiosk:${method}`;
export const IPC_EVENT_CHANNEL = 'kiosk:event';

export const rpcPathOf = (method: MethodName): string => `/rpc/${method}`;
export const RPC_PATH_PREFIX = '/rpc/';
export const EVENTS_PATH = '/events';
/** Browser mode: answered with Clear-Site-Data, then back to the welcome screen. */
export const VISIT_WIPE_PATH = '/visit/wiped';
/** Header carrying the per-launch token that the host writes into the page it serves. */
export const HOST_TOKEN_HEADER = 'x-kiosk-token';
export const HOST_TOKEN_META = 'kiosk-host-token';
/**
 * Browser mode: a random id per loaded page (query parameter of the event stream, header of every
 * call). Only one page drives the kiosk; another one is refused with HTTP 409 and, on its stream,
 * one SSE event of this name before the stream closes.
 */
export const HOST_PAGE_HEADER = 'x-kiosk-page';
export const HOST_PAGE_PARAM = 'page';
export const HOST_PAGE_REFUSED_EVENT = 'page-refused';

import { HOST_TOKEN_META } from '../../shared/contract';
import { createHttpKioskApi, type RendererKioskApi } from './httpKioskApi';

let current: RendererKioskApi | undefined;

/**
 * The one way the UI reaches main: the Electron preload's window.kiosk when present, else the
 * browser-mode HTTP bridge built from the token the host wrote into the page.
 */
export function getKioskApi(): RendererKioskApi {
  if (current) return current;
  if (window.kiosk) {
    current = window.kiosk;
    return current;
  }
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${HOST_TOKEN_META}"]`);
  current = createHttpKioskApi({
    token: meta?.content ?? '',
    fetch: (...args) => window.fetch(...args),
    EventSource: window.EventSource,
    navigate: (url) => window.location.replace(url),
  });
  return current;
}

/** Replaces the API returned by getKioskApi (tests, or undefined to rebuild it). */
export function setKioskApi(api: RendererKioskApi | undefined): void {
  current = api;
}

import type { KioskApi } from '../../shared/contract';

declare global {
  interface Window {
    /** Defined by the Electron preload; absent in browser mode, where the HTTP bridge is used. */
    kiosk?: KioskApi;
  }
}

export {};

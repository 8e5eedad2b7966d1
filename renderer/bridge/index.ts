/** The only code that touches window.kiosk or the network. */
export { createHttpKioskApi, type HttpBridgeDeps, type RendererKioskApi } from './httpKioskApi';
export { getKioskApi, setKioskApi } from './kioskApi';
export { KioskApiProvider, useKioskApi } from './KioskApiProvider';
export { useKioskCall, useKioskQuery, type KioskQuery } from './useKioskCall';

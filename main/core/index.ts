export { createKioskCore, type KioskCoreOptions } from './kiosk';
export * from './config';
export * from './csp';
export * from './logging';
export type * from './types';

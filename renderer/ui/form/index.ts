export { announce } from './announce';
export { Announcer } from './Announcer';
export { useKioskForm, type KioskForm, type KioskFormOptions } from './useKioskForm';

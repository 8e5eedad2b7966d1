export * from './port';
export { createSaneScanner, type SaneOptions } from './sane/saneScanner';

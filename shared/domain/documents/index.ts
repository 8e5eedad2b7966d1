export * from './types';
export * from './month';
export * from './send';

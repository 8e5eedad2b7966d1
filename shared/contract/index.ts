export * from './api';
export * from './channels';
export * from './errors';
export * from './events';
export * from './methods';
export * from './listeners';
export * from './actualisation';
export * from './outbox';

export * from './model';
export * from './geo';

export * from './model';
export * from './gauge';
export * from './validate';

export * from './amount';
export * from './answers';
export * from './period';
export * from './reference';
export * from './window';
export * from './questions';

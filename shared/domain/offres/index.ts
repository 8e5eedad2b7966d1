export * from './model';
export * from './geo';
export * from './form';
export * from './candidat';

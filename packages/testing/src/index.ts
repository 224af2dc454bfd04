export * from './env';
export * from './databases';
export * from './redis';
export * from './secrets';
export * from './logger';

export * from './context';
export * from './logger';
export * from './metrics';
export * from './tracing';
export * from './ops-server';
export * from './lifecycle';
export * from './serve';
export * from './redact-path';

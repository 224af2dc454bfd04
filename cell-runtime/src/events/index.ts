export * from './types';
export * from './record-event';
export * from './relay';
export * from './consumer';
export * from './process-once';

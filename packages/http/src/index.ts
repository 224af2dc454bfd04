export * from './app-error';
export * from './zod-fields';
export * from './middleware';
export * from './route';
export * from './openapi';
export * from './sliding-window';

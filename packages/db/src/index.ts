export type { Knex } from 'knex';
export * from './knex';
export * from './tenant-scope';
export * from './migrations';
export * from './pg-errors';
export * from './cursor';
export * from './bootstrap';
export * from './migrate-command';

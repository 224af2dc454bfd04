export * from './passwords';
export * from './tokens';
export * from './jwks-cache';

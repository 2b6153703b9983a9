export * from './roles';
export * from './pagination';
export * from './learning';
export * from './assignment';

export * from './roles';
export * from './pagination';
export * from './learning';
export * from './assignment';
export * from './certifications';
export * from './notifications';
export * from './regions';
export * from './uptake';

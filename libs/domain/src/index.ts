export * from './roles';
export * from './pagination';

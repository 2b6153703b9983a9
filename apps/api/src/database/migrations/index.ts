import { Spine1764150000000 } from './1764150000000-spine';

/** Migrations in the order they run; the only way the schema changes. */
export const MIGRATIONS: Function[] = [Spine1764150000000];

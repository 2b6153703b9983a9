import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from '../core/database/snake-naming.strategy';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** One definition of how the API reaches PostgreSQL, shared by the app, the CLI and the tests. */
export function dataSourceOptions(databaseUrl: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    logging: ['error', 'migration', 'schema'] as const as DataSourceOptions['logging'],
    extra: { max: 20, application_name: 'icspa-academy' },
    ...extra,
  } as DataSourceOptions;
}

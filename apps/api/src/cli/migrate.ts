import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../core/config/app-config';
import { dataSourceOptions } from '../database/data-source-options';

/** `node dist/api/apps/api/src/cli/migrate.js`: runs pending migrations against DATABASE_URL. */
async function main() {
  const config = loadConfig();
  const ds = new DataSource(dataSourceOptions(config.databaseUrl, { logging: ['error', 'migration'] }));
  await ds.initialize();
  const ran = await ds.runMigrations();
  process.stdout.write(
    `${JSON.stringify({ level: 'info', service: 'migrate', msg: 'migrations done', ran: ran.map((m) => m.name) })}\n`,
  );
  await ds.destroy();
}

main().catch((error) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : `Migration failed: ${(error as Error).stack}`}\n`,
  );
  process.exit(1);
});

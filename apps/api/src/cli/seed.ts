import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../core/config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { seedDemoData } from '../database/seeds/demo-data.seed';

/** `node dist/api/apps/api/src/cli/seed.js`: loads the demo data; running it twice changes nothing. */
async function main() {
  const config = loadConfig();
  const ds = new DataSource(dataSourceOptions(config.databaseUrl, { logging: ['error'] }));
  await ds.initialize();
  const summary = await seedDemoData(ds);
  process.stdout.write(`${JSON.stringify({ level: 'info', service: 'seed', msg: 'seed done', ...summary })}\n`);
  await ds.destroy();
}

main().catch((error) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : `Seed failed: ${(error as Error).stack}`}\n`);
  process.exit(1);
});

// Prints the SQL TypeORM would need to bring DATABASE_URL in line with the entities (for writing migrations).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/core/database/data-source-options';

async function main() {
  const ds = new DataSource(dataSourceOptions(process.env.DATABASE_URL!));
  await ds.initialize();
  await ds.runMigrations();
  const log = await ds.driver.createSchemaBuilder().log();
  for (const q of log.upQueries) console.log(q.query + ';');
  await ds.destroy();
}
main().catch((e) => { console.error(e); process.exit(1); });

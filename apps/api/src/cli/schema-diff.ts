// `npm run migration:diff`: runs the migrations on DATABASE_URL (a scratch database), then prints the SQL
// TypeORM would still need to match the entities: the body of the next migration. Prints nothing when they agree.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';

async function main() {
  const ds = new DataSource(dataSourceOptions(process.env.DATABASE_URL!));
  await ds.initialize();
  await ds.runMigrations();
  const log = await ds.driver.createSchemaBuilder().log();
  for (const q of log.upQueries) console.log(q.query + ';');
  await ds.destroy();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});

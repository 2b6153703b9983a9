import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { MIGRATIONS } from './migrations';
import { createEmptyDatabase } from '../../test/test-database';

describe('migrations', () => {
  it('run on an empty database, leave nothing for the entities to change, and undo cleanly', async () => {
    const database = await createEmptyDatabase();
    const ds = new DataSource(dataSourceOptions(database.url, { logging: false }));
    try {
      await ds.initialize();
      const ran = await ds.runMigrations();
      expect(ran.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => (m as { name: string }).name));

      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);

      for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
      const tables = await ds.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration'`,
      );
      expect(tables).toEqual([]);
    } finally {
      await ds.destroy().catch(() => undefined);
      await database.drop();
    }
  });
});

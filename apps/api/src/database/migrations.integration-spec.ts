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

  it('start retention for accounts disabled before left_at existed (left_at backfilled from disabled_at)', async () => {
    const database = await createEmptyDatabase();
    const at = MIGRATIONS.findIndex((m) => (m as { name: string }).name === 'OfficerPrivacy1765540000000');
    expect(at).toBeGreaterThan(0);
    const before = new DataSource(
      dataSourceOptions(database.url, { logging: false, migrations: MIGRATIONS.slice(0, at) }),
    );
    const after = new DataSource(dataSourceOptions(database.url, { logging: false }));
    try {
      await before.initialize();
      await before.runMigrations();
      const disabledAt = new Date('2029-04-01T10:00:00Z');
      const [disabled] = await before.query(
        `INSERT INTO app_user (email, display_name, role, password_hash, disabled_at)
         VALUES ('gone@example.test', 'Gone', 'admin', 'unused', $1) RETURNING id`,
        [disabledAt],
      );
      const [active] = await before.query(
        `INSERT INTO app_user (email, display_name, role, password_hash)
         VALUES ('here@example.test', 'Here', 'admin', 'unused') RETURNING id`,
      );
      await before.destroy();
      await after.initialize();
      await after.runMigrations();
      const left = async (id: string) =>
        (await after.query(`SELECT left_at FROM app_user WHERE id = $1`, [id]))[0].left_at;
      expect(await left(disabled.id)).toEqual(disabledAt);
      expect(await left(active.id)).toBeNull();
    } finally {
      await before.destroy().catch(() => undefined);
      await after.destroy().catch(() => undefined);
      await database.drop();
    }
  });
});

import { Client } from 'pg';
import { TestApp, TestUser } from '../../../test/test-app';
import { createTestDatabase } from '../../../test/test-database';
import { ReadDatabase } from '../../core/database/read-database';

/**
 * `DATABASE_READ_URL` (issue 21, "past one machine"): the uptake and cascade views read the replica it names,
 * while everything else stays on the primary. The "replica" here is a second database of the same schema
 * whose rollup says something else than the primary's, so the answer shows which one was read.
 */
describe('reporting reads from DATABASE_READ_URL', () => {
  let replica: Awaited<ReturnType<typeof createTestDatabase>>;
  let t: TestApp;
  let admin: TestUser;
  const PRIMARY_AS_OF = '2026-03-01T00:00:00.000Z';
  const REPLICA_AS_OF = '2026-02-01T00:00:00.000Z';

  beforeAll(async () => {
    replica = await createTestDatabase();
    const client = new Client({ connectionString: replica.url });
    await client.connect();
    try {
      await client.query(`INSERT INTO uptake_refresh (id, as_of, duration_ms) VALUES (1, $1, 7)`, [REPLICA_AS_OF]);
    } finally {
      await client.end();
    }
    t = await TestApp.start({ DATABASE_READ_URL: replica.url });
    await t.db.query(`INSERT INTO uptake_refresh (id, as_of, duration_ms) VALUES (1, $1, 3)`, [PRIMARY_AS_OF]);
    admin = await t.signIn('admin');
  });
  afterAll(async () => {
    await t?.close();
    await replica?.drop();
  });

  it('answers the uptake status from the replica, and the session from the primary', async () => {
    expect(t.app.get(ReadDatabase).separate).toBe(true);
    // The admin's session exists only on the primary: being let in proves the guard read it there.
    const status = await t.inject({ method: 'GET', url: '/api/reporting/uptake/status', cookie: admin.cookie });
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({ asOf: REPLICA_AS_OF, durationMs: 7 });
  });

  it('reads the primary when DATABASE_READ_URL is unset', async () => {
    const plain = await TestApp.start();
    try {
      expect(plain.app.get(ReadDatabase).separate).toBe(false);
      await plain.db.query(`INSERT INTO uptake_refresh (id, as_of, duration_ms) VALUES (1, $1, 3)`, [PRIMARY_AS_OF]);
      const who = await plain.signIn('admin');
      const status = await plain.inject({ method: 'GET', url: '/api/reporting/uptake/status', cookie: who.cookie });
      expect(status.json()).toMatchObject({ asOf: PRIMARY_AS_OF, durationMs: 3 });
    } finally {
      await plain.close();
    }
  });
});

import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { seedReferenceData } from '../src/database/seeds/reference-data.seed';

/** The server the tests use: this machine's PostgreSQL unless TEST_DATABASE_URL says otherwise. */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/**
 * Every test database is UTF-8 with the `C.UTF-8` character classification, as `npm start` creates its own:
 * trigram search (pg_trgm) only sees the letters of Cyrillic or Chinese text under a UTF-8 ctype.
 */
export const UTF8_DATABASE = `TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`;

/** Per test run (set by global setup), so two runs on one server never share or drop each other's template. */
export function templateDb(): string {
  const name = process.env.ICSPA_TEST_TEMPLATE_DB;
  if (!name) throw new Error('ICSPA_TEST_TEMPLATE_DB is not set: run the tests through jest (global setup)');
  return name;
}

export function urlFor(database: string): string {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_SERVER_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Builds the template once per test run: all migrations and the reference data (regions, countries). */
export async function createTemplateDatabase(): Promise<string> {
  const TEMPLATE_DB = `icspa_test_tpl_${stamp()}`;
  await admin((c) => c.query(`CREATE DATABASE ${TEMPLATE_DB} ${UTF8_DATABASE}`));
  const ds = new DataSource(dataSourceOptions(urlFor(TEMPLATE_DB), { logging: false }));
  await ds.initialize();
  await ds.runMigrations();
  await seedReferenceData(ds.manager);
  await ds.destroy();
  return TEMPLATE_DB;
}

export async function dropTemplateDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** Database names carry their creation time (base 36 seconds) so stale ones can be recognised. */
function stamp(): string {
  return `${Math.floor(Date.now() / 1000).toString(36)}_${randomBytes(5).toString('hex')}`;
}

/** A database of its own for one test file, cloned from the template (fast: a file copy). */
export async function createTestDatabase(): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `icspa_test_${stamp()}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${templateDb()}`));
  return {
    name,
    url: urlFor(name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** An empty database (no migrations), for the migration test. */
export async function createEmptyDatabase() {
  const name = `icspa_test_${stamp()}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} ${UTF8_DATABASE}`));
  return {
    name,
    url: urlFor(name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** Drops databases left behind more than two hours ago by test runs that were killed. */
export async function dropStaleTestDatabases(): Promise<void> {
  const cutoff = Math.floor(Date.now() / 1000) - 2 * 3600;
  await admin(async (c) => {
    const { rows } = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE 'icspa\\_test\\_%'`);
    for (const { datname } of rows as { datname: string }[]) {
      const created = parseInt(datname.replace(/^icspa_test_(tpl_)?/, '').split('_')[0], 36);
      if (Number.isFinite(created) && created < cutoff)
        await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  });
}

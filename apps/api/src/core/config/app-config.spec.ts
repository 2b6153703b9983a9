import { ConfigError, loadConfig } from './app-config';

const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/icspa' };

describe('loadConfig', () => {
  it('applies defaults for a development start', () => {
    const config = loadConfig(base);
    expect(config.port).toBe(3000);
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.cookieSecure).toBe(false);
    expect(config.catalogueCacheEntries).toBe(500);
    expect(loadConfig({ ...base, CATALOGUE_CACHE_ENTRIES: '0' }).catalogueCacheEntries).toBe(0);
  });

  it('sizes each process’s PostgreSQL pool so all of a host’s copies stay within 80 connections', () => {
    expect(loadConfig({ ...base, API_PROCESSES: '1', WORKER_PROCESSES: '1' }).databasePoolSize).toBe(20);
    expect(loadConfig({ ...base, API_PROCESSES: '4', WORKER_PROCESSES: '4' }).databasePoolSize).toBe(10);
    expect(loadConfig({ ...base, API_PROCESSES: '16', WORKER_PROCESSES: '16' }).databasePoolSize).toBe(5);
    expect(loadConfig({ ...base, API_PROCESSES: '4', DATABASE_POOL_SIZE: '30' }).databasePoolSize).toBe(30);
    expect(() => loadConfig({ ...base, DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
    expect(loadConfig(base).databasePreparedStatements).toBe(true);
    expect(loadConfig({ ...base, DATABASE_PREPARED_STATEMENTS: 'false' }).databasePreparedStatements).toBe(false);
  });

  it('runs 16 matches at once per worker process by default, within its pool; WORKER_CONCURRENCY or MATCHER_CONCURRENCY set it', () => {
    const one = { ...base, API_PROCESSES: '1', WORKER_PROCESSES: '1' }; // a pool of 20 each
    expect(loadConfig(one).matcherConcurrency).toBe(16);
    expect(loadConfig(one).workerConcurrency).toBe(5);
    expect(loadConfig({ ...base, API_PROCESSES: '4', WORKER_PROCESSES: '4' }).matcherConcurrency).toBe(10);
    expect(loadConfig({ ...one, DATABASE_POOL_SIZE: '12' }).matcherConcurrency).toBe(12);
    expect(loadConfig({ ...base, WORKER_CONCURRENCY: '4' }).matcherConcurrency).toBe(4);
    expect(loadConfig({ ...base, WORKER_CONCURRENCY: '4', MATCHER_CONCURRENCY: '24' }).matcherConcurrency).toBe(24);
    expect(() => loadConfig({ ...base, MATCHER_CONCURRENCY: '0' })).toThrow(/MATCHER_CONCURRENCY/);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: '' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ NODE_ENV: 'production' }, 'SESSION_SECRET'],
    [{ SESSION_SECRET: 'short' }, 'SESSION_SECRET'],
    [{ CORS_ORIGINS: 'http://ok.test,nope' }, 'CORS_ORIGINS'],
    [{ COOKIE_SECURE: 'yes' }, 'COOKIE_SECURE'],
    [{ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) }, 'PUBLIC_URL'],
    [{ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), PUBLIC_URL: 'http://academy.example' }, 'PUBLIC_URL'],
    [
      { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), PUBLIC_URL: 'http://localhost.evil.example' },
      'PUBLIC_URL',
    ],
    [{ CREDENTIAL_STATUS_LIST_SIZE: '1001' }, 'CREDENTIAL_STATUS_LIST_SIZE'],
    [{ CREDENTIAL_STATUS_LIST_SIZE: '4' }, 'CREDENTIAL_STATUS_LIST_SIZE'],
    [{ CATALOGUE_CACHE_ENTRIES: '-1' }, 'CATALOGUE_CACHE_ENTRIES'],
  ])('rejects %j naming %s in one line', (override, variable) => {
    let error: unknown;
    try {
      loadConfig({ ...base, ...override });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toContain(variable);
    expect((error as Error).message).not.toContain('\n');
  });

  it('requires a real secret in production', () => {
    const config = loadConfig({
      ...base,
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://academy.example',
    });
    expect(config.cookieSecure).toBe(true);
    // A local trial of the production build (docker compose on this machine) may use plain http on loopback.
    expect(
      loadConfig({
        ...base,
        NODE_ENV: 'production',
        SESSION_SECRET: 'x'.repeat(40),
        PUBLIC_URL: 'http://localhost:3000',
      }).publicUrl,
    ).toBe('http://localhost:3000');
  });
});

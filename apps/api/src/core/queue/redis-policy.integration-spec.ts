import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { testConfig } from '../../../test/test-app';
import { createTestDatabase } from '../../../test/test-database';
import { WorkerProcess } from '../../../test/worker-process';

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A Redis of the test's own (the shared one must not be reconfigured), started with an eviction
 * policy: a production worker must refuse it.
 */
describe('worker start-up checks of Redis', () => {
  let redis: ChildProcess;
  let port: number;
  let drop: () => Promise<void>;
  let databaseUrl: string;

  beforeAll(async () => {
    port = await freePort();
    redis = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--maxmemory-policy',
        'allkeys-lru',
      ],
      { stdio: 'ignore' },
    );
    await new Promise((r) => setTimeout(r, 500));
    const database = await createTestDatabase();
    drop = database.drop;
    databaseUrl = database.url;
  });
  afterAll(async () => {
    redis.kill('SIGTERM');
    await drop();
  });

  it('refuses to start in production when Redis may evict keys', async () => {
    const config = testConfig(databaseUrl, { REDIS_URL: `redis://127.0.0.1:${port}` });
    const worker = WorkerProcess.start(config, {
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://academy.example',
      CREDENTIAL_KEY_FILE: '/nonexistent/key.json',
    });
    expect(await worker.waitForExit()).toBe(1);
    expect(worker.lines.join('\n')).toMatch(/maxmemory-policy is allkeys-lru; the queue needs noeviction/);
  });

  it('only warns outside production, and warns when Redis does not persist', async () => {
    const config = testConfig(databaseUrl, { REDIS_URL: `redis://127.0.0.1:${port}` });
    const worker = WorkerProcess.start(config);
    try {
      await worker.waitForLine(/"worker ready"/);
      expect(worker.lines.join('\n')).toMatch(/maxmemory-policy is allkeys-lru/);
      expect(worker.lines.join('\n')).toMatch(/append-only file is off/);
    } finally {
      worker.signal('SIGTERM');
      await worker.waitForExit();
    }
  });
});

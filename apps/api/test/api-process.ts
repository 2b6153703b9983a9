import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { AppConfig } from '../src/core/config/app-config';

const ROOT = join(__dirname, '../../..');

/** A port nothing listens on now (the kernel's choice). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The API's entry point (`main.ts`) as a real child process (TypeScript through ts-node) on its own port, on
 * the test's database and Redis prefix; `API_PROCESSES` and other settings through `env`.
 */
export class ApiProcess {
  readonly lines: string[] = [];
  private readonly exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    readonly base: string,
  ) {
    let buffer = '';
    const collect = (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      this.lines.push(...parts.filter(Boolean));
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  static async start(config: AppConfig, env: Record<string, string> = {}): Promise<ApiProcess> {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, 'apps/api/src/main.ts')],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          TS_NODE_PROJECT: join(ROOT, 'apps/api/tsconfig.json'),
          NODE_ENV: 'test',
          HOST: '127.0.0.1',
          PORT: String(port),
          DATABASE_URL: config.databaseUrl,
          REDIS_URL: config.redisUrl,
          REDIS_PREFIX: config.redisPrefix,
          CREDENTIAL_KEY_FILE: config.credentialKeyFile,
          LOG_LEVEL: 'info',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return new ApiProcess(child, `http://127.0.0.1:${port}`);
  }

  /** Process ids of the copies that logged "API listening" so far. */
  listening(): number[] {
    return this.lines
      .filter((l) => l.includes('"API listening"'))
      .map((l) => Number((JSON.parse(l) as { pid: number }).pid));
  }

  async waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await check()) return;
      if (Date.now() > deadline)
        throw new Error(`API process: no ${what} within ${timeoutMs} ms; got:\n${this.lines.slice(-30).join('\n')}`);
      if (this.child.exitCode !== null)
        throw new Error(`API process exited with ${this.child.exitCode}:\n${this.lines.slice(-30).join('\n')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Stops it (SIGTERM, as a supervisor would) and answers its exit code. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) this.child.kill('SIGTERM');
    return this.exited;
  }
}

import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { AppConfig } from '../src/core/config/app-config';

const ROOT = join(__dirname, '../../..');

/** The worker entry point as a real child process (TypeScript through ts-node), for signal tests. */
export class WorkerProcess {
  readonly lines: string[] = [];
  private exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess) {
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

  static start(config: AppConfig, extraEnv: Record<string, string> = {}): WorkerProcess {
    const passed: Record<string, string> = {
      PROPOSAL_TTL_SECONDS: String(config.proposalTtlSeconds),
      WORKER_LOCK_MS: String(config.workerLockMs),
      RECONCILE_INTERVAL_MS: String(config.reconcileIntervalMs),
      WORKER_CONCURRENCY: String(config.workerConcurrency),
    };
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, 'apps/api/src/worker.ts')],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          TS_NODE_PROJECT: join(ROOT, 'apps/api/tsconfig.json'),
          NODE_ENV: 'test',
          DATABASE_URL: config.databaseUrl,
          REDIS_URL: config.redisUrl,
          REDIS_PREFIX: config.redisPrefix,
          LOG_LEVEL: 'info',
          ...passed,
          ...extraEnv,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return new WorkerProcess(child);
  }

  async waitForLine(pattern: RegExp, timeoutMs = 45_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.lines.find((l) => pattern.test(l));
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`worker did not log ${pattern} within ${timeoutMs} ms; got:\n${this.lines.join('\n')}`);
      if (this.child.exitCode !== null)
        throw new Error(`worker exited with ${this.child.exitCode}:\n${this.lines.join('\n')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  signal(sig: NodeJS.Signals) {
    this.child.kill(sig);
  }

  waitForExit(): Promise<number | null> {
    return this.exited;
  }
}

import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../../..');

/** Starts the API entry point as production would (TypeScript through ts-node) and collects what it says. */
function startApi(env: Record<string, string>): Promise<{ code: number | null; lines: string[] }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, 'apps/api/src/main.ts')],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? '',
          TS_NODE_PROJECT: join(ROOT, 'apps/api/tsconfig.json'),
          NODE_ENV: 'production',
          SESSION_SECRET: 'x'.repeat(40),
          DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/never-reached',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => resolve({ code, lines: out.split('\n').filter(Boolean) }));
  });
}

describe('production start', () => {
  it.each([
    [{}, /^Invalid configuration: PUBLIC_URL is required in production/],
    [
      { PUBLIC_URL: 'http://academy.example' },
      /^Invalid configuration: PUBLIC_URL must be an https:\/\/ URL in production/,
    ],
  ])(
    'refuses %j with one line naming PUBLIC_URL (it is signed into every credential)',
    async (env, line) => {
      const { code, lines } = await startApi(env);
      expect(code).toBe(1);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(line);
    },
    120_000,
  );
});

import type { Config } from 'jest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Maps the workspace paths of tsconfig.base.json (`@icspa/*`) to their sources, as tsc and Vite do. */
function workspaceModules(): Record<string, string> {
  const base = JSON.parse(readFileSync(join(__dirname, '../../tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.fromEntries(
    Object.entries(base.compilerOptions.paths).map(([name, [target]]) => [
      `^${name.replace(/[/.]/g, '\\$&')}$`,
      `<rootDir>/../../${target}`,
    ]),
  );
}

// Pure logic only: there is no DOM in these tests (no jsdom); pages are checked in a browser.
const config: Config = {
  displayName: 'portal',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1', ...workspaceModules() },
};

export default config;

import type { Config } from 'jest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Maps `@/…` to src/ and the workspace paths of tsconfig.base.json (`@icspa/*`) to their sources, as tsc and Vite do. */
function moduleNameMapper(): Record<string, string> {
  const base = JSON.parse(readFileSync(join(__dirname, '../../tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return {
    '^@/(.*)$': '<rootDir>/src/$1',
    ...Object.fromEntries(
      Object.entries(base.compilerOptions.paths).map(([name, [target]]) => [
        `^${name.replace(/[/.]/g, '\\$&')}$`,
        `<rootDir>/../../${target}`,
      ]),
    ),
  };
}

const shared = {
  rootDir: __dirname,
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleNameMapper: moduleNameMapper(),
} satisfies Config;

/**
 * Two projects: `*.spec.ts`, pure logic without a DOM; `*.test.tsx`, pages and feature components rendered
 * with Testing Library in jsdom, with the English strings and a query cache filled with fixtures.
 * The root jest.config.ts lists them too (Jest does not read projects nested in a project).
 */
export const portalProjects: Config[] = [
  { ...shared, displayName: 'portal', testEnvironment: 'node', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
  {
    ...shared,
    displayName: 'portal-pages',
    testEnvironment: 'jsdom',
    testMatch: ['<rootDir>/src/**/*.test.tsx'],
    // jsdom lacks TextEncoder, which react-router needs as it loads.
    setupFiles: ['<rootDir>/src/testing/jsdom-globals.ts'],
    setupFilesAfterEnv: ['<rootDir>/src/testing/setup.ts'],
  },
];

const config: Config = { projects: portalProjects };

export default config;

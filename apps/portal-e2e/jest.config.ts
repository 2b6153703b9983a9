import type { Config } from 'jest';

/**
 * Browser end-to-end tests: a real API + worker on a fresh database (global setup), driven through
 * Chromium with playwright-core. All files share that one server, which no test stops (the offline
 * journey stops and starts a private API of its own, support/server.ts). Here they run one after another
 * in one worker; under the root config (`npm test`, maxWorkers 2) two files may run at once, which is safe
 * because each journey changes only seeded data no other journey reads (see each file's header).
 * The root config's testTimeout (60 s) overrides `testTimeout` here, so each file calls jest.setTimeout.
 */
const config: Config = {
  displayName: 'portal-e2e',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 180_000,
  maxWorkers: 1,
};

export default config;

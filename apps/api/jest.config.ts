import type { Config } from 'jest';

const config: Config = {
  displayName: 'api',
  rootDir: '.',
  // Shared pure rules and the tools' specs run with the API's tests.
  roots: ['<rootDir>', '<rootDir>/../../libs/domain', '<rootDir>/../../tools'],
  testEnvironment: 'node',
  testMatch: [
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/../../libs/domain/src/**/*.spec.ts',
    '<rootDir>/src/**/*.integration-spec.ts',
    '<rootDir>/test/**/*.integration-spec.ts',
    '<rootDir>/../../tools/**/*.spec.ts',
  ],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleNameMapper: {
    '^@icspa/domain$': '<rootDir>/../../libs/domain/src/index.ts',
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};

export default config;

import type { Config } from 'jest';
import { existsSync } from 'node:fs';

/** `npm test`: every project's tests in one run (unit, integration against real services, browser). */
const projects = ['apps/api/jest.config.ts', 'apps/portal/jest.config.ts', 'apps/portal-e2e/jest.config.ts'].filter(
  (p) => existsSync(p),
);

const config: Config = {
  projects: projects.map((p) => `<rootDir>/${p}`),
  maxWorkers: 2,
  // A global option: the projects' own testTimeout is not applied when they run together.
  testTimeout: 60_000,
};

export default config;

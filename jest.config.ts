import type { Config } from 'jest';
import { existsSync } from 'node:fs';

/** `npm test`: every project's tests in one run (unit, integration against real services, browser). */
const projects = ['apps/api/jest.config.ts', 'apps/portal/jest.config.ts', 'apps/portal-e2e/jest.config.ts'].filter((p) => existsSync(p));

const config: Config = {
  projects: projects.map((p) => `<rootDir>/${p}`),
  maxWorkers: 2,
};

export default config;

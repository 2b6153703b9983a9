import type { Config } from 'jest';
import { existsSync } from 'node:fs';
import { portalProjects } from './apps/portal/jest.config';

/** A project's config file, when the project is there. */
const project = (config: string) => (existsSync(config) ? [`<rootDir>/${config}`] : []);

/** `npm test`: every project's tests in one run (unit, integration against real services, browser). */
const config: Config = {
  // The portal's config lists two projects (logic in node, pages in jsdom); Jest reads no projects nested in a
  // project's config, so they are listed here themselves.
  projects: [...project('apps/api/jest.config.ts'), ...portalProjects, ...project('apps/portal-e2e/jest.config.ts')],
  maxWorkers: 2,
  // A global option: the projects' own testTimeout is not applied when they run together.
  testTimeout: 60_000,
};

export default config;

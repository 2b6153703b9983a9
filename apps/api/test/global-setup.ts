import { register } from 'tsconfig-paths';
import { join } from 'node:path';

// Global setup runs outside Jest's module mapper: resolve the workspace paths here too.
register({ baseUrl: join(__dirname, '../../..'), paths: { '@icspa/domain': ['libs/domain/src/index.ts'] } });

export default async function globalSetup() {
  const { createTemplateDatabase, dropStaleTestDatabases } =
    require('./test-database') as typeof import('./test-database');
  await dropStaleTestDatabases();
  // Inherited by the test workers, which clone their databases from it.
  process.env.ICSPA_TEST_TEMPLATE_DB = await createTemplateDatabase();
}

import { dropTemplateDatabase } from './test-database';

export default async function globalTeardown() {
  if (process.env.ICSPA_TEST_TEMPLATE_DB) await dropTemplateDatabase(process.env.ICSPA_TEST_TEMPLATE_DB);
}

import { DataSource } from 'typeorm';
import { seedReferenceData } from './reference-data.seed';

export async function seedDemoData(ds: DataSource): Promise<Record<string, number>> {
  await ds.transaction(async (manager) => {
    await seedReferenceData(manager);
  });
  return {};
}

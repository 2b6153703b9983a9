import { EntityManager } from 'typeorm';
import { COUNTRIES } from './data/countries';
import { REGIONS } from './data/regions';

/**
 * Regions and all ISO 3166-1 countries with hotspots flagged. Inserted when missing; an admin's later
 * change (a hotspot flag, a region) is kept, so re-running the seed changes nothing.
 */
export async function seedReferenceData(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO region (code, name) SELECT * FROM unnest($1::varchar[], $2::varchar[]) ON CONFLICT (code) DO NOTHING`,
    [REGIONS.map((r) => r.code), REGIONS.map((r) => r.name)],
  );
  await manager.query(
    `INSERT INTO country (code, name, region_code, hotspot)
     SELECT * FROM unnest($1::char(2)[], $2::varchar[], $3::varchar[], $4::boolean[]) ON CONFLICT (code) DO NOTHING`,
    [
      COUNTRIES.map((c) => c.code),
      COUNTRIES.map((c) => c.name),
      COUNTRIES.map((c) => c.region),
      COUNTRIES.map((c) => c.hotspot),
    ],
  );
}

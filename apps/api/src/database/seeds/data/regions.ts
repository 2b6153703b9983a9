import type { RegionCode } from '@icspa/domain';

/**
 * World regions used to group countries for the alliance's planning and
 * regional-uptake reporting. Codes are stable kebab-case identifiers (REGION_CODES).
 */
export interface RegionSeed {
  code: RegionCode;
  name: string;
}

export const REGIONS: RegionSeed[] = [
  { code: 'north-america', name: 'North America' },
  { code: 'latin-america-caribbean', name: 'Latin America and the Caribbean' },
  { code: 'western-europe', name: 'Western Europe' },
  { code: 'eastern-europe', name: 'Eastern Europe and the Caucasus' },
  { code: 'middle-east-north-africa', name: 'Middle East and North Africa' },
  { code: 'sub-saharan-africa', name: 'Sub-Saharan Africa' },
  { code: 'central-asia', name: 'Central Asia' },
  { code: 'south-asia', name: 'South Asia' },
  { code: 'east-asia', name: 'East Asia' },
  { code: 'south-east-asia', name: 'South-East Asia' },
  { code: 'oceania', name: 'Oceania and Antarctica' },
];

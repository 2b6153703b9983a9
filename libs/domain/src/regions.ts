/**
 * The world regions countries are grouped in for planning and regional-uptake reporting: stable
 * kebab-case codes, seeded into the `region` table and named in the portal's locale files.
 */
export const REGION_CODES = [
  'north-america',
  'latin-america-caribbean',
  'western-europe',
  'eastern-europe',
  'middle-east-north-africa',
  'sub-saharan-africa',
  'central-asia',
  'south-asia',
  'east-asia',
  'south-east-asia',
  'oceania',
] as const;
export type RegionCode = (typeof REGION_CODES)[number];

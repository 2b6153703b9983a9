import { REGION_CODES } from '@icspa/domain';
import { COUNTRIES } from './countries';
import { REGIONS } from './regions';

describe('COUNTRIES seed data', () => {
  const codes = COUNTRIES.map((c) => c.code);

  it('lists all 249 ISO 3166-1 alpha-2 codes, each once', () => {
    expect(COUNTRIES).toHaveLength(249);
    expect(new Set(codes).size).toBe(249);
  });

  it('uses upper-case two-letter codes', () => {
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('gives every country a name', () => {
    for (const country of COUNTRIES) {
      expect(country.name.trim().length).toBeGreaterThan(0);
    }
  });

  it('puts every country in a known region', () => {
    const regionCodes = new Set(REGIONS.map((r) => r.code));
    for (const country of COUNTRIES) {
      expect(regionCodes.has(country.region)).toBe(true);
    }
  });

  it('seeds exactly the regions of REGION_CODES', () => {
    expect(REGIONS.map((r) => r.code)).toEqual([...REGION_CODES]);
  });

  it('has unique region codes, each used by at least one country', () => {
    const regionCodes = REGIONS.map((r) => r.code);
    expect(new Set(regionCodes).size).toBe(regionCodes.length);
    const used = new Set(COUNTRIES.map((c) => c.region));
    for (const code of regionCodes) {
      expect(used.has(code)).toBe(true);
    }
  });

  it.each(['BR', 'RU', 'UA', 'CN', 'NG', 'IN', 'RO', 'VN', 'ID', 'PH'])('flags %s as a hotspot', (code) => {
    expect(COUNTRIES.find((c) => c.code === code)?.hotspot).toBe(true);
  });

  it('keeps hotspots a focused minority', () => {
    const hotspots = COUNTRIES.filter((c) => c.hotspot).length;
    expect(hotspots).toBeGreaterThanOrEqual(10);
    expect(hotspots).toBeLessThanOrEqual(30);
  });
});

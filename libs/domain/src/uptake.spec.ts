import { withheldAreas, type AreaUnits } from './uptake';

const area = (code: string, region: string, units: number): AreaUnits => ({ code, region, units });
const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('withheldAreas: the minimum units per shown area', () => {
  it('withholds a country or region of 1 or 2 units, and shows those without units or with 3 and more', () => {
    const w = withheldAreas([
      area('AA', 'north', 1),
      area('BB', 'north', 0),
      area('CC', 'north', 3),
      area('DD', 'north', 4),
      area('EE', 'south', 2),
      area('FF', 'east', 5),
    ]);
    // AA is alone in its region's remainder (1 unit): CC, the smallest shown country with units, joins it.
    // South (2 units) is withheld, and East, the next smallest region, with it (else the grand total less
    // the shown regions would be South's figures).
    expect(sorted(w.countries)).toEqual(['AA', 'CC', 'EE', 'FF']);
    expect(sorted(w.regions)).toEqual(['east', 'south']);
    expect(w.total).toBe(false);
  });

  it('leaves no remainder of 1 or 2 units in a region: its figures less its shown countries', () => {
    const w = withheldAreas([area('AA', 'r', 1), area('BB', 'r', 5), area('CC', 'r', 6), area('DD', 'r', 2)]);
    // AA and DD together hold 3 units: no complementary country is needed.
    expect(sorted(w.countries)).toEqual(['AA', 'DD']);
    const one = withheldAreas([area('AA', 'r', 1), area('BB', 'r', 5), area('CC', 'r', 6)]);
    expect(sorted(one.countries)).toEqual(['AA', 'BB']);
  });

  it('leaves no remainder of 1 or 2 units in the grand total less every shown country or region', () => {
    const countries = [
      area('AA', 'r1', 1),
      area('AB', 'r1', 9),
      area('BA', 'r2', 1),
      area('BB', 'r2', 9),
      area('CA', 'r3', 2),
    ];
    const w = withheldAreas(countries);
    const unitsOf = (codes: Iterable<string>) =>
      [...codes].reduce((sum, code) => sum + countries.find((c) => c.code === code)!.units, 0);
    for (const region of ['r1', 'r2', 'r3'].filter((r) => !w.regions.has(r))) {
      const rest = unitsOf(countries.filter((c) => c.region === region && w.countries.has(c.code)).map((c) => c.code));
      expect({ region, small: rest > 0 && rest < 3 }).toEqual({ region, small: false });
    }
    expect(unitsOf(w.countries) === 0 || unitsOf(w.countries) >= 3).toBe(true);
    // r3 (2 units) is withheld; the next smallest region goes with it, countries and all.
    const regionUnits = { r1: 10, r2: 10, r3: 2 } as Record<string, number>;
    const hiddenRegionUnits = [...w.regions].reduce((sum, r) => sum + regionUnits[r], 0);
    expect(hiddenRegionUnits).toBeGreaterThanOrEqual(3);
    for (const r of w.regions)
      for (const c of countries.filter((x) => x.region === r)) expect(w.countries.has(c.code)).toBe(true);
  });

  it('withholds the grand total of a world of 1 or 2 units', () => {
    expect(withheldAreas([area('AA', 'r', 2)]).total).toBe(true);
    expect(withheldAreas([area('AA', 'r', 0)]).total).toBe(false);
  });
});

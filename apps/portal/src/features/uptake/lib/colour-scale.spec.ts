import { countScale, deliveryScale, MAP_PALETTE, NO_DATA_COLOUR, rateScale } from './colour-scale';

describe('countScale', () => {
  it('keeps 0 in its own, lightest class and splits the rest into at most four round classes', () => {
    const scale = countScale([0, 3, 40, 120, null]);
    expect(scale.bins[0]).toEqual({ min: 0, max: 0, colour: MAP_PALETTE[0] });
    expect(scale.bins.slice(1).map((b) => [b.min, b.max])).toEqual([
      [1, 50],
      [51, 100],
      [101, 150],
    ]);
    expect(scale.bins.length).toBeLessThanOrEqual(5);
    expect(scale.colourOf(0)).toBe(MAP_PALETTE[0]);
    expect(scale.colourOf(120)).toBe(MAP_PALETTE[4]);
    expect(scale.colourOf(50)).toBe(scale.bins[1].colour);
    expect(scale.colourOf(51)).toBe(scale.bins[2].colour);
  });

  it('colours larger values darker', () => {
    const scale = countScale([0, 1, 7, 19, 33, 80]);
    const shade = (v: number) => MAP_PALETTE.indexOf(scale.colourOf(v) as (typeof MAP_PALETTE)[number]);
    expect(shade(0)).toBeLessThan(shade(1));
    expect(shade(7)).toBeLessThanOrEqual(shade(33));
    expect(shade(33)).toBeLessThan(shade(80));
    expect(shade(80)).toBe(4);
  });

  it('greys countries without figures', () => {
    expect(countScale([1, 2]).colourOf(null)).toBe(NO_DATA_COLOUR);
    expect(countScale([1, 2]).colourOf(undefined)).toBe(NO_DATA_COLOUR);
    expect(NO_DATA_COLOUR).not.toBe(MAP_PALETTE[0]);
  });

  it('has only the 0 class when every value is 0 or missing', () => {
    const scale = countScale([0, null, 0]);
    expect(scale.bins).toEqual([{ min: 0, max: 0, colour: MAP_PALETTE[0] }]);
    expect(scale.colourOf(0)).toBe(MAP_PALETTE[0]);
  });

  it('keeps "<5" (2.5) wholly inside the first class when counts are hidden', () => {
    const scale = countScale([0, 2.5, 6, 9], { suppressed: true });
    expect(scale.bins[1]).toMatchObject({ min: 1, max: 5 });
    expect(scale.colourOf(2.5)).toBe(scale.bins[1].colour);
    // Unhidden, small values may be split finer.
    expect(countScale([0, 2, 6, 9]).bins[1]).toMatchObject({ min: 1, max: 5 });
    expect(countScale([0, 1, 2, 3]).bins[1]).toMatchObject({ min: 1, max: 1 });
  });

  it('uses whole-number class bounds', () => {
    for (const max of [1, 3, 7, 13, 99, 101, 999, 12345]) {
      for (const bin of countScale([max]).bins) {
        expect(Number.isInteger(bin.min) && Number.isInteger(bin.max)).toBe(true);
      }
      const last = countScale([max]).bins.at(-1)!;
      expect(last.max).toBeGreaterThanOrEqual(max);
    }
  });
});

describe('rateScale', () => {
  it('splits 0 to 1 into five classes', () => {
    const scale = rateScale();
    expect(scale.bins).toHaveLength(5);
    expect(scale.colourOf(0)).toBe(MAP_PALETTE[0]);
    expect(scale.colourOf(0.19)).toBe(MAP_PALETTE[0]);
    expect(scale.colourOf(0.2)).toBe(MAP_PALETTE[1]);
    expect(scale.colourOf(1)).toBe(MAP_PALETTE[4]);
    expect(scale.colourOf(null)).toBe(NO_DATA_COLOUR);
  });
});

describe('deliveryScale', () => {
  it('gives each quarter of the plan its class and the plan met or passed the darkest', () => {
    const scale = deliveryScale();
    expect(scale.colourOf(0)).toBe(MAP_PALETTE[0]);
    expect(scale.colourOf(0.3)).toBe(MAP_PALETTE[1]);
    expect(scale.colourOf(0.99)).toBe(MAP_PALETTE[3]);
    expect(scale.colourOf(1)).toBe(MAP_PALETTE[4]);
    expect(scale.colourOf(1.8)).toBe(MAP_PALETTE[4]);
    expect(scale.colourOf(null)).toBe(NO_DATA_COLOUR);
    expect(scale.bins.at(-1)).toMatchObject({ min: 1, open: true });
  });
});

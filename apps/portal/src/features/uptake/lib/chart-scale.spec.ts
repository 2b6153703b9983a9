import { labelEvery, niceTicks } from './chart-scale';

describe('niceTicks', () => {
  it('reaches at least the largest value in round steps from 0', () => {
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(1234)).toEqual([0, 500, 1000, 1500]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
  });

  it('keeps whole numbers for counts and allows fractions for rates', () => {
    expect(niceTicks(1, 4)).toEqual([0, 1]);
    expect(niceTicks(1, 4, false)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('has an axis even without data', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(Number.NaN)).toEqual([0, 1]);
  });
});

describe('labelEvery', () => {
  it('thins month labels to at most the given number, keeping the last', () => {
    const show = labelEvery(24, 8);
    const shown = Array.from({ length: 24 }, (_, i) => i).filter(show);
    expect(shown.length).toBeLessThanOrEqual(8);
    expect(shown).toContain(23);
    expect(Array.from({ length: 6 }, (_, i) => i).filter(labelEvery(6, 8))).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

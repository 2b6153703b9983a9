import { figureKind, figureValue, largestGapFirst, MAP_FIGURES, type FigureRow } from './figures';

const row = (over: Partial<FigureRow> = {}): FigureRow => ({
  officersEnrolled: 12,
  enrolments: 20,
  completions: '<5',
  completionRate: null,
  unitsReached: 3,
  activeCertifications: 0,
  expiringCertifications: 0,
  cohortsDelivered: 1,
  trainersDelivered: 1,
  requestsRaised: 4,
  requestsUnfilled: 0,
  seatsGap: 10,
  ...over,
});

describe('figures', () => {
  it('reads counts as numbers, "<5" between 0 and 5, and the rate as it is', () => {
    expect(figureValue(row(), 'officersEnrolled')).toBe(12);
    expect(figureValue(row(), 'completions')).toBe(2.5);
    expect(figureValue(row(), 'completionRate')).toBeNull();
    expect(figureValue(row({ completionRate: 0.4 }), 'completionRate')).toBe(0.4);
  });

  it('has no seats gap where a side of it is hidden (null: grey on the map)', () => {
    expect(figureValue(row({ seatsGap: null }), 'seatsGap')).toBeNull();
    expect(figureValue(row({ seatsGap: '<5' }), 'seatsGap')).toBe(2.5);
    expect(figureValue(row({ seatsGap: 0 }), 'seatsGap')).toBe(0);
  });

  it('puts the largest gap first and rows without a gap last', () => {
    const rows = [
      { key: 'a', seatsGap: null },
      { key: 'b', seatsGap: 3 },
      { key: 'c', seatsGap: '<5' as const },
      { key: 'd', seatsGap: 40 },
      { key: 'e', seatsGap: null },
      { key: 'f', seatsGap: 0 },
    ];
    expect(largestGapFirst(rows).map((r) => r.key)).toEqual(['d', 'b', 'c', 'f', 'a', 'e']);
  });

  it('scales the completion rate as a rate and the rest as counts', () => {
    expect(MAP_FIGURES.filter((f) => figureKind(f) === 'rate')).toEqual(['completionRate']);
  });
});

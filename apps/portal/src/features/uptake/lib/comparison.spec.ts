import { COMPARISON_FIGURES, comparisonLines } from './comparison';

describe('comparisonLines', () => {
  const unit = {
    officersEnrolled: '<5' as const,
    enrolments: 12,
    completions: 0,
    completionRate: null,
    activeCertifications: 7,
    expiringCertifications: 0,
    cohortsDelivered: 1,
    requestsRaised: 2,
    requestsFilled: 1,
    seatsRequested: 30,
    seatsFilled: 12,
    medianHoursToTrainer: 40.5,
  };
  const average = {
    officersEnrolled: 6.3,
    enrolments: 10.1,
    completions: 4,
    completionRate: 0.4,
    activeCertifications: 2.5,
    expiringCertifications: 0.5,
    cohortsDelivered: 0.3,
    requestsRaised: 1.2,
    requestsFilled: 0.8,
    seatsRequested: 20,
    seatsFilled: 9,
    medianHoursToTrainer: null,
  };

  it('gives one line per figure, in order', () => {
    expect(comparisonLines(unit, average).map((l) => l.figure)).toEqual([...COMPARISON_FIGURES]);
  });

  it('keeps "<5" for display and draws it between 0 and 5', () => {
    const line = comparisonLines(unit, average)[0];
    expect(line).toEqual({ figure: 'officersEnrolled', kind: 'count', unit: '<5', unitValue: 2.5, average: 6.3 });
  });

  it('passes rates and hours through, nulls included', () => {
    const lines = comparisonLines(unit, average);
    expect(lines.find((l) => l.figure === 'completionRate')).toMatchObject({ kind: 'rate', unitValue: null, average: 0.4 });
    expect(lines.find((l) => l.figure === 'medianHoursToTrainer')).toMatchObject({ kind: 'hours', unitValue: 40.5, average: null });
  });
});

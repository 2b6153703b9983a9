import { COMPARISON_FIGURES } from '@icspa/domain';
import { anyAverageWithheld, comparisonLines } from './comparison';

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
  const average: Record<(typeof COMPARISON_FIGURES)[number], number | null> = {
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
    expect(comparisonLines(unit, average, 8).map((l) => l.figure)).toEqual([...COMPARISON_FIGURES]);
  });

  it('keeps "<5" for display and draws it between 0 and 5', () => {
    const line = comparisonLines(unit, average, 8)[0];
    expect(line).toEqual({
      figure: 'officersEnrolled',
      kind: 'count',
      unit: '<5',
      unitValue: 2.5,
      average: 6.3,
      averageWithheld: false,
    });
  });

  it('passes rates and hours through, nulls included', () => {
    const lines = comparisonLines(unit, average, 8);
    expect(lines.find((l) => l.figure === 'completionRate')).toMatchObject({
      kind: 'rate',
      unitValue: null,
      average: 0.4,
    });
    expect(lines.find((l) => l.figure === 'medianHoursToTrainer')).toMatchObject({
      kind: 'hours',
      unitValue: 40.5,
      average: null,
    });
  });

  it('withholds nothing when every mean is there, and a missing median is only not available', () => {
    const lines = comparisonLines(unit, average, 8);
    expect(lines.find((l) => l.figure === 'medianHoursToTrainer')?.averageWithheld).toBe(false);
    expect(anyAverageWithheld(lines)).toBe(false);
  });

  it('marks a null mean count as withheld, and the completion rate when a count it comes from is', () => {
    const lines = comparisonLines(unit, { ...average, completions: null, completionRate: null, seatsFilled: null }, 8);
    const withheld = lines.filter((l) => l.averageWithheld).map((l) => l.figure);
    expect(withheld).toEqual(['completions', 'completionRate', 'seatsFilled']);
    expect(lines.find((l) => l.figure === 'completions')).toMatchObject({ average: null, averageWithheld: true });
    expect(anyAverageWithheld(lines)).toBe(true);
  });

  it('leaves a null rate as not available when both of its counts are shown (no enrolments)', () => {
    const lines = comparisonLines(unit, { ...average, enrolments: 0, completions: 0, completionRate: null }, 8);
    expect(lines.find((l) => l.figure === 'completionRate')).toMatchObject({ average: null, averageWithheld: false });
  });

  it('withholds every mean of a country with fewer than 3 units', () => {
    const none = Object.fromEntries(COMPARISON_FIGURES.map((f) => [f, null])) as typeof average;
    const lines = comparisonLines(unit, none, 2);
    expect(lines.every((l) => l.average === null && l.averageWithheld)).toBe(true);
    // The unit's own figures stay.
    expect(lines[1]).toMatchObject({ figure: 'enrolments', unit: 12, unitValue: 12 });
  });
});

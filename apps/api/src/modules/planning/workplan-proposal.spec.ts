import {
  MAX_OFFICERS_PER_LINE,
  isSelfPaced,
  proposeWorkplan,
  quarterRange,
  quartersBetween,
  type PlanGap,
} from './workplan-proposal';

const Q = ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'];

const gap = (over: Partial<PlanGap>): PlanGap => ({
  policeUnitId: 'u1',
  competencyRoleId: 'r1',
  competencyId: 'c1',
  officers: 5,
  courseId: 'k1',
  courseLevel: 'intermediate',
  courseLanguages: ['en', 'uk'],
  ...over,
});

describe('proposeWorkplan', () => {
  const gaps: PlanGap[] = [
    gap({ policeUnitId: 'u2', courseId: 'k1', officers: 3 }),
    gap({ policeUnitId: 'u1', courseId: 'k1', competencyId: 'c2', officers: 12 }),
    gap({ policeUnitId: 'u1', courseId: 'k1', competencyId: 'c1', officers: 9 }),
    gap({ policeUnitId: 'u1', courseId: 'k2', courseLevel: 'foundation', officers: 40 }),
    gap({ policeUnitId: 'u3', courseId: 'k3', officers: 0 }),
  ];

  it('gives the same lines for the same gaps, whatever their order', () => {
    const once = proposeWorkplan('UA', 4, Q, gaps);
    expect(proposeWorkplan('UA', 4, Q, [...gaps].reverse())).toEqual(once);
    expect(proposeWorkplan('UA', 4, Q, [gaps[3], gaps[0], gaps[4], gaps[2], gaps[1]])).toEqual(once);
  });

  it('explains every line as gap × priority and takes the largest gap a course closes in a unit', () => {
    const lines = proposeWorkplan('UA', 3, Q, gaps);
    for (const line of lines) expect(line.reason.score).toBe(line.reason.gap * line.reason.priority);
    const k1 = lines.find((l) => l.policeUnitId === 'u1' && l.courseId === 'k1')!;
    expect(k1.officers).toBe(12);
    expect(k1.reason).toEqual({
      gap: 12,
      priority: 3,
      score: 36,
      competencyIds: ['c1', 'c2'],
      competencyRoleIds: ['r1'],
    });
    expect(k1.deliveryMode).toBe('in_person');
    expect(k1.language).toBe('uk');
    expect(lines.find((l) => l.policeUnitId === 'u2')!.deliveryMode).toBe('online');
    expect(lines.some((l) => l.policeUnitId === 'u3')).toBe(false);
  });

  it('splits a need larger than a cohort over the following quarters; foundation courses are self-paced', () => {
    const k2 = proposeWorkplan('FR', 2, Q, gaps).filter((l) => l.courseId === 'k2');
    expect(k2.map((l) => l.officers)).toEqual([MAX_OFFICERS_PER_LINE, 40 - MAX_OFFICERS_PER_LINE]);
    expect(k2.map((l) => l.quarter)).toEqual(['2027-Q1', '2027-Q2']);
    expect(
      k2.every((l) => l.deliveryMode === 'online' && isSelfPaced('foundation', l.deliveryMode) && l.language === 'en'),
    ).toBe(true);
  });

  it('puts the highest scores in the earliest quarter; a higher priority raises every score', () => {
    const lines = proposeWorkplan('UA', 5, Q, gaps);
    expect(lines[0]).toMatchObject({ courseId: 'k2', quarter: '2027-Q1', reason: { score: 200 } });
    expect(new Set(lines.map((l) => `${l.policeUnitId}|${l.courseId}|${l.quarter}`)).size).toBe(lines.length);
  });

  it('quarters are half-open UTC ranges', () => {
    expect(quartersBetween('2027-Q3', '2028-Q2')).toEqual(['2027-Q3', '2027-Q4', '2028-Q1', '2028-Q2']);
    expect(quarterRange('2027-Q4')).toEqual({
      startsAt: new Date('2027-10-01T00:00:00Z'),
      endsAt: new Date('2028-01-01T00:00:00Z'),
    });
  });
});

import { isExclusionRule, summariseExclusions } from './exclusions';

describe('summariseExclusions', () => {
  it('lists every hard rule in a fixed order, with the pool of qualified trainers apart', () => {
    expect(
      summariseExclusions({ qualified: 12, busy: 3, language: 5, country: 2, excluded_country: 0, already_asked: 1 }),
    ).toEqual({
      qualified: 12,
      rows: [
        { rule: 'language', known: true, count: 5 },
        { rule: 'country', known: true, count: 2 },
        { rule: 'excluded_country', known: true, count: 0 },
        { rule: 'busy', known: true, count: 3 },
        { rule: 'already_asked', known: true, count: 1 },
      ],
    });
  });

  it('shows a rule it does not know by its name, and counts a missing rule as zero', () => {
    const summary = summariseExclusions({ language: 1, load_limit: 4 });
    expect(summary.qualified).toBeUndefined();
    expect(summary.rows.find((r) => r.rule === 'busy')).toEqual({ rule: 'busy', known: true, count: 0 });
    expect(summary.rows.at(-1)).toEqual({ rule: 'load_limit', known: false, count: 4 });
  });

  it('tells known rules from others', () => {
    expect(isExclusionRule('excluded_country')).toBe(true);
    expect(isExclusionRule('qualified')).toBe(false);
    expect(isExclusionRule('nope')).toBe(false);
  });
});

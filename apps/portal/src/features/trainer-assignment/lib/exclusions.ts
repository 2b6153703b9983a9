/** The hard rules of the matcher, as the API counts them in `matchRounds[].excluded`, in the order to show. */
export const EXCLUSION_RULES = ['language', 'country', 'excluded_country', 'busy', 'already_asked'] as const;
export type ExclusionRule = (typeof EXCLUSION_RULES)[number];

export interface ExclusionRow {
  /** A known rule (labelled from the locale), or a rule this portal does not know yet (shown by its name). */
  rule: string;
  known: boolean;
  count: number;
}

export interface ExclusionSummary {
  /** Trainers qualified for the course: the pool the rules were applied to (absent from older rounds). */
  qualified: number | undefined;
  rows: ExclusionRow[];
}

const isKnown = (rule: string): rule is ExclusionRule => (EXCLUSION_RULES as readonly string[]).includes(rule);

/**
 * How many trainers each hard rule ruled out: every known rule (a zero says the rule was no obstacle),
 * then any rule the API added since, so that nothing it reports is hidden.
 */
export function summariseExclusions(excluded: Readonly<Record<string, number>>): ExclusionSummary {
  const count = (rule: string) => (Number.isFinite(excluded[rule]) ? excluded[rule] : 0);
  const rows: ExclusionRow[] = EXCLUSION_RULES.map((rule) => ({ rule, known: true, count: count(rule) }));
  const others = Object.keys(excluded)
    .filter((rule) => rule !== 'qualified' && !isKnown(rule))
    .sort()
    .map((rule) => ({ rule, known: false, count: count(rule) }));
  return {
    qualified: Number.isFinite(excluded['qualified']) ? excluded['qualified'] : undefined,
    rows: [...rows, ...others],
  };
}

/** The label key of a known rule. */
export function isExclusionRule(rule: string): rule is ExclusionRule {
  return isKnown(rule);
}

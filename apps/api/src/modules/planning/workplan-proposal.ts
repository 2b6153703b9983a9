import type { CourseLevel, DeliveryMode } from '@icspa/domain';

/**
 * A line is self-paced when it is online and its course is a foundation course: officers study it on their own
 * in an open online cohort without a trainer. Every other line is instructor-led and becomes a training request
 * (an admin who wants a trainer for a foundation course makes the line in person or blended).
 */
export function isSelfPaced(level: CourseLevel, mode: DeliveryMode): boolean {
  return mode === 'online' && level === 'foundation';
}

/** One gap of an approved needs assessment that a course closes. */
export interface PlanGap {
  policeUnitId: string;
  competencyRoleId: string;
  competencyId: string;
  /** Officers of the role who still lack the competency at the required level. */
  officers: number;
  courseId: string;
  courseLevel: CourseLevel;
  courseLanguages: string[];
}

/** Why the platform proposed a line: the gap (officers) times the country's priority weight. */
export interface PlanLineReason {
  gap: number;
  priority: number;
  score: number;
  competencyIds: string[];
  competencyRoleIds: string[];
}

export interface ProposedLine {
  policeUnitId: string;
  courseId: string;
  /** `YYYY-Qn`, one of the workplan's quarters. */
  quarter: string;
  /** The competency with the largest gap the line closes. */
  competencyId: string;
  officers: number;
  deliveryMode: DeliveryMode;
  language: string;
  reason: PlanLineReason;
}

/** No more officers than one cohort holds on a line: larger needs are split over later quarters. */
export const MAX_OFFICERS_PER_LINE = 25;
/** From this many officers, an instructor comes to the unit; fewer learn online. */
export const IN_PERSON_FROM = 8;

/** The UI language officers of a country are most likely to learn in, where a course offers it. */
const COUNTRY_LANGUAGE: Record<string, string> = {
  UA: 'uk',
  RU: 'ru',
  BY: 'ru',
  KZ: 'ru',
  KG: 'ru',
  CN: 'zh-CN',
  TW: 'zh-CN',
  BR: 'pt-BR',
  PT: 'pt-BR',
  AO: 'pt-BR',
  MZ: 'pt-BR',
  ES: 'es',
  MX: 'es',
  AR: 'es',
  CO: 'es',
  CL: 'es',
  PE: 'es',
  EC: 'es',
  BO: 'es',
  PY: 'es',
  UY: 'es',
  VE: 'es',
  GT: 'es',
  HN: 'es',
  SV: 'es',
  NI: 'es',
  CR: 'es',
  PA: 'es',
  DO: 'es',
  CU: 'es',
};

export function lineLanguage(countryCode: string, languages: readonly string[]): string {
  const sorted = [...languages].sort();
  const local = COUNTRY_LANGUAGE[countryCode];
  if (local && sorted.includes(local)) return local;
  if (sorted.includes('en')) return 'en';
  return sorted[0] ?? 'en';
}

export function lineDeliveryMode(level: CourseLevel, officers: number): DeliveryMode {
  if (level === 'foundation') return 'online';
  return officers >= IN_PERSON_FROM ? 'in_person' : 'online';
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The platform's proposal for a country's year: each (unit, course) the gaps point at becomes lines whose
 * officers are the largest gap the course closes in that unit (one course teaches all its competencies),
 * scored gap × priority; the highest scores go in the earliest quarters, a need larger than a cohort is split
 * over the following quarters. A pure function of its inputs, in a fixed order: the same gaps and weight
 * always give the same lines.
 */
export function proposeWorkplan(
  countryCode: string,
  priority: number,
  quarters: readonly string[],
  gaps: readonly PlanGap[],
): ProposedLine[] {
  const last = quarters.length - 1;
  const groups = new Map<string, PlanGap[]>();
  for (const gap of gaps) {
    if (gap.officers <= 0) continue;
    const key = `${gap.policeUnitId}|${gap.courseId}`;
    const group = groups.get(key);
    if (group) group.push(gap);
    else groups.set(key, [gap]);
  }
  const candidates = [...groups.values()].map((group) => {
    const gap = Math.max(...group.map((g) => g.officers));
    const widest = [...group].sort((a, b) => b.officers - a.officers || byText(a.competencyId, b.competencyId))[0];
    return {
      first: group[0],
      competencyId: widest.competencyId,
      gap,
      score: gap * priority,
      competencyIds: [...new Set(group.map((g) => g.competencyId))].sort(byText),
      competencyRoleIds: [...new Set(group.map((g) => g.competencyRoleId))].sort(byText),
    };
  });
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      byText(a.first.policeUnitId, b.first.policeUnitId) ||
      byText(a.first.courseId, b.first.courseId),
  );
  const perQuarter = Math.max(1, Math.ceil(candidates.length / quarters.length));
  const lines: ProposedLine[] = [];
  candidates.forEach((c, index) => {
    const firstQuarter = Math.min(last, Math.floor(index / perQuarter));
    let left = c.gap;
    for (let quarter = firstQuarter; left > 0; quarter++) {
      const officers = quarter >= last ? left : Math.min(left, MAX_OFFICERS_PER_LINE);
      lines.push({
        policeUnitId: c.first.policeUnitId,
        courseId: c.first.courseId,
        competencyId: c.competencyId,
        quarter: quarters[quarter],
        officers: Math.min(officers, 500),
        deliveryMode: lineDeliveryMode(c.first.courseLevel, officers),
        language: lineLanguage(countryCode, c.first.courseLanguages),
        reason: {
          gap: c.gap,
          priority,
          score: c.score,
          competencyIds: c.competencyIds,
          competencyRoleIds: c.competencyRoleIds,
        },
      });
      left -= officers;
      if (quarter >= last) break;
    }
  });
  return lines.sort(
    (a, b) =>
      byText(a.quarter, b.quarter) ||
      b.reason.score - a.reason.score ||
      byText(a.policeUnitId, b.policeUnitId) ||
      byText(a.courseId, b.courseId),
  );
}

/** The quarters from `first` to `last` (inclusive), `YYYY-Qn`. */
export function quartersBetween(first: string, last: string): string[] {
  const index = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
  const out: string[] = [];
  for (let i = index(first); i <= index(last); i++) out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
}

/** A quarter (`YYYY-Qn`) as a half-open range of instants (UTC). */
export function quarterRange(label: string): { startsAt: Date; endsAt: Date } {
  const year = Number(label.slice(0, 4));
  const quarter = Number(label.slice(6));
  return {
    startsAt: new Date(Date.UTC(year, (quarter - 1) * 3, 1)),
    endsAt: new Date(Date.UTC(year, quarter * 3, 1)),
  };
}

import { COMPARISON_FIGURES, MIN_UNITS_PER_AREA, type ComparisonFigure, type Count } from '@icspa/domain';
import { countValue } from './count';

export type ComparisonKind = 'count' | 'rate' | 'hours';

export function comparisonKind(figure: ComparisonFigure): ComparisonKind {
  return figure === 'completionRate' ? 'rate' : figure === 'medianHoursToTrainer' ? 'hours' : 'count';
}

type UnitFigures = Record<Exclude<ComparisonFigure, 'completionRate' | 'medianHoursToTrainer'>, Count | null> & {
  completionRate: number | null;
  medianHoursToTrainer: number | null;
};
type AverageFigures = Record<ComparisonFigure, number | null>;

export interface ComparisonLine {
  figure: ComparisonFigure;
  kind: ComparisonKind;
  /** The unit's figure as it came ("<5" stays "<5"), and as a number for bars and sorting. */
  unit: Count | null;
  unitValue: number | null;
  /** The country's mean unit; null when there is none or it is withheld. */
  average: number | null;
  /**
   * The mean is withheld rather than missing: it would give away the other units' small counts (their
   * total from 1 to 4), or the country has too few units to compare with.
   */
  averageWithheld: boolean;
}

/**
 * Whether a missing mean was withheld. A mean count is null only when withheld; the completion rate
 * when either count it comes from is withheld (otherwise: no enrolments); the median only as part of a
 * country too small to compare (otherwise: no filled requests to take it from).
 */
function withheld(figure: ComparisonFigure, average: AverageFigures, countryUnits: number): boolean {
  if (average[figure] !== null) return false;
  if (countryUnits < MIN_UNITS_PER_AREA) return true;
  if (figure === 'completionRate') return average.enrolments === null || average.completions === null;
  return figure !== 'medianHoursToTrainer';
}

/** One line per figure: the unit's value against the country's mean unit (of `countryUnits` units). */
export function comparisonLines(unit: UnitFigures, average: AverageFigures, countryUnits: number): ComparisonLine[] {
  return COMPARISON_FIGURES.map((figure) => {
    const kind = comparisonKind(figure);
    const raw = unit[figure];
    return {
      figure,
      kind,
      unit: raw,
      unitValue: kind === 'count' ? countValue(raw) : (raw as number | null),
      average: average[figure],
      averageWithheld: withheld(figure, average, countryUnits),
    };
  });
}

/** Whether any mean of the comparison is withheld (the page then says why). */
export function anyAverageWithheld(lines: readonly ComparisonLine[]): boolean {
  return lines.some((l) => l.averageWithheld);
}

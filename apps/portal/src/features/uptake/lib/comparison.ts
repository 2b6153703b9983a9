import { countValue, type Count } from './count';

/** The figures a coordinator sees for their unit beside the mean unit of its country, in this order. */
export const COMPARISON_FIGURES = [
  'officersEnrolled',
  'enrolments',
  'completions',
  'completionRate',
  'activeCertifications',
  'expiringCertifications',
  'cohortsDelivered',
  'requestsRaised',
  'requestsFilled',
  'seatsRequested',
  'seatsFilled',
  'medianHoursToTrainer',
] as const;
export type ComparisonFigure = (typeof COMPARISON_FIGURES)[number];

export type ComparisonKind = 'count' | 'rate' | 'hours';

export function comparisonKind(figure: ComparisonFigure): ComparisonKind {
  return figure === 'completionRate' ? 'rate' : figure === 'medianHoursToTrainer' ? 'hours' : 'count';
}

type UnitFigures = Record<Exclude<ComparisonFigure, 'completionRate' | 'medianHoursToTrainer'>, Count> & {
  completionRate: number | null;
  medianHoursToTrainer: number | null;
};
type AverageFigures = Record<Exclude<ComparisonFigure, 'completionRate' | 'medianHoursToTrainer'>, number> & {
  completionRate: number | null;
  medianHoursToTrainer: number | null;
};

export interface ComparisonLine {
  figure: ComparisonFigure;
  kind: ComparisonKind;
  /** The unit's figure as it came ("<5" stays "<5"), and as a number for bars and sorting. */
  unit: Count | number | null;
  unitValue: number | null;
  average: number | null;
}

/** One line per figure: the unit's value against the country's mean unit. */
export function comparisonLines(unit: UnitFigures, average: AverageFigures): ComparisonLine[] {
  return COMPARISON_FIGURES.map((figure) => {
    const kind = comparisonKind(figure);
    const raw = unit[figure];
    return { figure, kind, unit: raw, unitValue: kind === 'count' ? countValue(raw) : (raw as number | null), average: average[figure] };
  });
}

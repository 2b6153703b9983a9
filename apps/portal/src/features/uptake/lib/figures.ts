import type { Count } from '@icspa/domain';
import { compareSortValues } from '@/lib/sort';
import { countValue } from './count';
import type { ScaleKind } from './colour-scale';

/** The figures the map can be coloured by (labels: `uptake.figures.<key>`). */
export const MAP_FIGURES = [
  'officersEnrolled',
  'enrolments',
  'completions',
  'completionRate',
  'unitsReached',
  'activeCertifications',
  'expiringCertifications',
  'cohortsDelivered',
  'trainersDelivered',
  'requestsRaised',
  'requestsUnfilled',
  'seatsGap',
] as const;
export type MapFigure = (typeof MAP_FIGURES)[number];
export const DEFAULT_FIGURE: MapFigure = 'officersEnrolled';

/**
 * Plan delivery (issue 18): approved workplans' officers trained ÷ planned per country. Not a figure of the area
 * rows: the map reads it from the plan delivery view, and its table is that view's.
 */
export const PLAN_DELIVERY_FIGURE = 'planDelivery';
/** Everything the map can be coloured by (labels: `uptake.figures.<key>`). */
export const MAP_CHOICES = [...MAP_FIGURES, PLAN_DELIVERY_FIGURE] as const;
export type MapChoice = (typeof MAP_CHOICES)[number];

/**
 * The part of an uptake row the figures read. The seats gap is null when seats requested or filled is
 * hidden ("<5"): the difference of the two would give the hidden one away. Every count is null in an area
 * whose figures are withheld (too few police units).
 */
export type FigureRow = { completionRate: number | null; seatsGap: Count | null } & Record<
  Exclude<MapFigure, 'completionRate' | 'seatsGap'>,
  Count | null
>;

export function figureKind(figure: MapFigure): ScaleKind {
  return figure === 'completionRate' ? 'rate' : 'count';
}

/** A row's figure as a number for colouring and sorting ("<5" as 2.5), or null when there is none (grey, sorted last). */
export function figureValue(row: FigureRow, figure: MapFigure): number | null {
  if (figure === 'completionRate') return row.completionRate;
  return countValue(row[figure]);
}

/** The rows with the largest seats gap first; rows without a gap (null: a side hidden) last, in their order. */
export function largestGapFirst<R extends Pick<FigureRow, 'seatsGap'>>(rows: readonly R[]): R[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        compareSortValues(countValue(a.row.seatsGap), countValue(b.row.seatsGap), 'descending') || a.index - b.index,
    )
    .map((entry) => entry.row);
}

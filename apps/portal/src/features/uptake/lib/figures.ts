import { countValue, type Count } from './count';
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

/** The part of an uptake row the figures read. */
export type FigureRow = { completionRate: number | null } & Record<Exclude<MapFigure, 'completionRate'>, Count | number>;

export function figureKind(figure: MapFigure): ScaleKind {
  return figure === 'completionRate' ? 'rate' : 'count';
}

/** A row's figure as a number for colouring and sorting ("<5" as 2.5), or null when there is none. */
export function figureValue(row: FigureRow, figure: MapFigure): number | null {
  if (figure === 'completionRate') return row.completionRate;
  return countValue(row[figure]);
}

import type { CohortStatus } from '@icspa/domain';
import { SEASON } from './model';
import { UptakeDatasetOptions } from './options';
import { Rng } from './random';

/** The data set's time: its "now" (the middle of `endMonth`) and its months of history. */
export interface Calendar {
  now: number;
  /** First instant of the first month of history. */
  firstMonth: number;
  /** First instant of month `i` of the history (0 the first; `months` and on are future months). */
  monthStart(i: number): number;
  /** The month of the history an instant falls in (0 the first). */
  monthOf(ms: number): number;
  /** A cohort's status at "now", from its period. */
  statusAt(start: number, end: number): CohortStatus;
  /** How busy each month of history is: growing over the years, with the seasons. */
  monthWeights: number[];
}

export function datasetCalendar(o: UptakeDatasetOptions): Calendar {
  const [endYear, endMonth] = o.endMonth.split('-').map(Number);
  /** The data set's "now": the middle of its last month of history. */
  const now = Date.UTC(endYear, endMonth - 1, 15, 12);
  const monthStart = (i: number) => Date.UTC(endYear, endMonth - 1 - (o.months - 1) + i, 1);
  const firstMonth = monthStart(0);
  return {
    now,
    firstMonth,
    monthStart,
    monthOf: (ms: number) => {
      const d = new Date(ms);
      return (
        (d.getUTCFullYear() - new Date(firstMonth).getUTCFullYear()) * 12 +
        d.getUTCMonth() -
        new Date(firstMonth).getUTCMonth()
      );
    },
    statusAt: (start: number, end: number) => {
      if (end <= now) return 'completed';
      if (start <= now) return 'running';
      return 'open';
    },
    monthWeights: Array.from(
      { length: o.months },
      (_, i) => (0.55 + (0.9 * i) / Math.max(1, o.months - 1)) * SEASON[new Date(monthStart(i)).getUTCMonth()],
    ),
  };
}

/**
 * What every planner draws with. `rng` makes the choices and `ids` the ids, each ONE stream shared by all
 * the planners in the order generateUptakeDataset calls them: reordering any draw changes the data set.
 */
export interface PlanContext {
  o: UptakeDatasetOptions;
  rng: Rng;
  ids: Rng;
  cal: Calendar;
}

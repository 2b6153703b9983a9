import type { ReactNode } from 'react';
import { labelEvery, niceTicks } from '@/features/uptake/lib/chart-scale';

/** The drawing area of the trend charts, in SVG units (the SVG scales to its box). */
export const CHART = { width: 640, height: 280, left: 52, right: 16, top: 16, bottom: 44 } as const;
export const PLOT_WIDTH = CHART.width - CHART.left - CHART.right;
export const PLOT_HEIGHT = CHART.height - CHART.top - CHART.bottom;

/** One series of a chart: its name, its values per month (null: none) and their text for tooltips ("<5" as is). */
export interface ChartSeries {
  key: string;
  label: string;
  values: ReadonlyArray<number | null>;
  texts: readonly string[];
}

/** What a monthly chart (lines or bars) is given: its months, up to two series, and how to label them. */
export interface MonthlyChartProps {
  months: readonly string[];
  series: readonly ChartSeries[];
  title: string;
  description: string;
  formatNumber: (n: number) => string;
  monthLabel: (month: string) => string;
}

export interface Axes {
  ticks: number[];
  top: number;
  y: (value: number) => number;
}

export function yAxis(series: readonly ChartSeries[]): Axes {
  const max = Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1];
  return { ticks, top, y: (value) => CHART.top + PLOT_HEIGHT - (Math.max(0, value) / top) * PLOT_HEIGHT };
}

/** Horizontal grid lines with their values, and the month labels under the plot (thinned out when many). */
export function Grid({
  axes,
  months,
  monthX,
  formatNumber,
  monthLabel,
}: {
  axes: Axes;
  months: readonly string[];
  monthX: (index: number) => number;
  formatNumber: (n: number) => string;
  monthLabel: (month: string) => string;
}) {
  const show = labelEvery(months.length, 8);
  return (
    <g className="chart__axes">
      {axes.ticks.map((tick) => (
        <g key={tick}>
          <line
            className="chart__grid"
            x1={CHART.left}
            x2={CHART.width - CHART.right}
            y1={axes.y(tick)}
            y2={axes.y(tick)}
          />
          <text className="chart__tick" x={CHART.left - 8} y={axes.y(tick)} textAnchor="end" dominantBaseline="middle">
            {formatNumber(tick)}
          </text>
        </g>
      ))}
      {months.map((month, i) =>
        show(i) ? (
          <text
            key={month}
            className="chart__tick"
            x={monthX(i)}
            y={CHART.height - CHART.bottom + 18}
            textAnchor="middle"
          >
            {monthLabel(month)}
          </text>
        ) : null,
      )}
    </g>
  );
}

/** A chart's frame: an SVG image named by its title and description, with the legend under it. */
export function ChartFrame({
  title,
  description,
  titleId,
  descId,
  legend,
  children,
}: {
  title: string;
  description: string;
  titleId: string;
  descId: string;
  legend: ReactNode;
  children: ReactNode;
}) {
  return (
    <figure className="chart">
      <svg
        className="chart__svg"
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        {children}
      </svg>
      <figcaption className="chart__legend">{legend}</figcaption>
    </figure>
  );
}

import { useId } from 'react';
import { CHART, ChartFrame, Grid, PLOT_WIDTH, yAxis, type MonthlyChartProps } from './chart-parts';

const STYLES = ['chart__bar--a', 'chart__bar--b', 'chart__bar--c'] as const;

/** Grouped bars: the series (up to three) side by side in each month or quarter (requests raised, requests filled). */
export function BarChart({ months, series, title, description, formatNumber, monthLabel }: MonthlyChartProps) {
  const titleId = useId();
  const descId = useId();
  const axes = yAxis(series);
  const band = PLOT_WIDTH / Math.max(1, months.length);
  const x = (i: number) => CHART.left + band * (i + 0.5);
  const barWidth = Math.max(1, Math.min(18, (band * 0.8) / Math.max(1, series.length)));
  const base = axes.y(0);

  return (
    <ChartFrame
      title={title}
      description={description}
      titleId={titleId}
      descId={descId}
      legend={
        <ul className="chart__keys">
          {series.map((s, k) => (
            <li key={s.key} className={STYLES[k % STYLES.length]}>
              <svg className="chart__key" viewBox="0 0 14 12" aria-hidden="true">
                <rect x="1" y="1" width="12" height="10" className="chart__bar" />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      }
    >
      <Grid axes={axes} months={months} monthX={x} formatNumber={formatNumber} monthLabel={monthLabel} />
      {series.map((s, k) => (
        <g key={s.key} className={STYLES[k % STYLES.length]}>
          {s.values.map((v, i) => {
            if (v === null) return null;
            const top = axes.y(v);
            return (
              <rect
                key={months[i]}
                className="chart__bar"
                x={x(i) - (barWidth * series.length) / 2 + k * barWidth}
                y={top}
                width={barWidth}
                height={Math.max(0, base - top)}
              >
                <title>{`${monthLabel(months[i])} · ${s.label}: ${s.texts[i]}`}</title>
              </rect>
            );
          })}
        </g>
      ))}
      <line className="chart__baseline" x1={CHART.left} x2={CHART.width - CHART.right} y1={base} y2={base} />
    </ChartFrame>
  );
}

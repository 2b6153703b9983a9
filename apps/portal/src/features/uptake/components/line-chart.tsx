import { useId } from 'react';
import { CHART, ChartFrame, Grid, PLOT_WIDTH, yAxis, type MonthlyChartProps } from './chart-parts';

const STYLES = ['chart__series--a', 'chart__series--b'] as const;

/** Monthly lines (enrolments and completions): the first solid with round markers, the second dashed with square ones. */
export function LineChart({ months, series, title, description, formatNumber, monthLabel }: MonthlyChartProps) {
  const titleId = useId();
  const descId = useId();
  const axes = yAxis(series);
  const x = (i: number) => CHART.left + (months.length <= 1 ? PLOT_WIDTH / 2 : (i * PLOT_WIDTH) / (months.length - 1));

  const line = (values: ReadonlyArray<number | null>) => {
    let d = '';
    let pen = false;
    values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${axes.y(v).toFixed(1)}`;
      pen = true;
    });
    return d;
  };

  return (
    <ChartFrame
      title={title}
      description={description}
      titleId={titleId}
      descId={descId}
      legend={
        <ul className="chart__keys">
          {series.map((s, k) => (
            <li key={s.key} className={STYLES[k % 2]}>
              <svg className="chart__key" viewBox="0 0 28 12" aria-hidden="true">
                <line x1="1" x2="27" y1="6" y2="6" className="chart__line" />
                {k % 2 === 0 ? (
                  <circle cx="14" cy="6" r="3.5" className="chart__marker" />
                ) : (
                  <rect x="10.5" y="2.5" width="7" height="7" className="chart__marker" />
                )}
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      }
    >
      <Grid axes={axes} months={months} monthX={x} formatNumber={formatNumber} monthLabel={monthLabel} />
      {series.map((s, k) => (
        <g key={s.key} className={STYLES[k % 2]}>
          <path className="chart__line" d={line(s.values)} fill="none" />
          {s.values.map((v, i) =>
            v === null ? null : k % 2 === 0 ? (
              <circle key={months[i]} className="chart__marker" cx={x(i)} cy={axes.y(v)} r={3.5}>
                <title>{`${monthLabel(months[i])} · ${s.label}: ${s.texts[i]}`}</title>
              </circle>
            ) : (
              <rect key={months[i]} className="chart__marker" x={x(i) - 3.5} y={axes.y(v) - 3.5} width={7} height={7}>
                <title>{`${monthLabel(months[i])} · ${s.label}: ${s.texts[i]}`}</title>
              </rect>
            ),
          )}
        </g>
      ))}
    </ChartFrame>
  );
}

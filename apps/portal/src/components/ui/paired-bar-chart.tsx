import { useId } from 'react';

export interface PairedValue {
  /** What the bar's length stands for ("<5" as 2.5); null draws no bar. */
  value: number | null;
  /** The value as shown ("1,204", "<5", "38 %"). */
  text: string;
  /** Only known to lie in a range ("<5"): the bar is drawn faint, with a dashed edge. */
  uncertain?: boolean;
}

export interface PairedRow {
  key: string;
  label: string;
  a: PairedValue;
  b: PairedValue;
}

interface PairedBarChartProps {
  rows: readonly PairedRow[];
  /** Names of the two bars of each row (your unit / country average; seats requested / seats filled). */
  labels: readonly [string, string];
  /** One scale for all rows (same unit), or one per row (figures of different units). */
  sharedScale: boolean;
  title: string;
  description: string;
}

// About the width of the column it is drawn in, so that its text reads at its nominal size.
const WIDTH = 480;
const ROW = 52;
const BAR = 12;
const VALUE_ROOM = 100;

/** Horizontal pairs of bars, one pair per row, each with its value written beside it (uptake, workplan coverage). */
export function PairedBarChart({ rows, labels, sharedScale, title, description }: PairedBarChartProps) {
  const titleId = useId();
  const descId = useId();
  const height = Math.max(ROW, rows.length * ROW) + 8;
  const sharedMax = Math.max(0, ...rows.flatMap((r) => [r.a.value ?? 0, r.b.value ?? 0]));
  const plot = WIDTH - VALUE_ROOM;

  const bar = (row: PairedRow, part: 'a' | 'b', y: number) => {
    const max = sharedScale ? sharedMax : Math.max(row.a.value ?? 0, row.b.value ?? 0);
    const { value, text, uncertain } = row[part];
    const length = value === null || max <= 0 ? 0 : Math.max(value > 0 ? 2 : 0, (value / max) * plot);
    return (
      <g className={part === 'a' ? 'chart__bar--a' : 'chart__bar--b'}>
        <rect
          className={uncertain ? 'chart__bar chart__bar--uncertain' : 'chart__bar'}
          x={0}
          y={y}
          width={length}
          height={BAR}
        >
          <title>{`${row.label} · ${labels[part === 'a' ? 0 : 1]}: ${text}`}</title>
        </rect>
        <text className="chart__value" x={length + 6} y={y + BAR / 2} dominantBaseline="middle">
          {text}
        </text>
      </g>
    );
  };

  return (
    <figure className="chart">
      <svg
        className="chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        {rows.map((row, i) => {
          const y = i * ROW + 4;
          return (
            <g key={row.key}>
              <text className="chart__label" x={0} y={y + 10}>
                {row.label}
              </text>
              {bar(row, 'a', y + 16)}
              {bar(row, 'b', y + 16 + BAR + 3)}
            </g>
          );
        })}
      </svg>
      <figcaption className="chart__legend">
        <ul className="chart__keys">
          {labels.map((label, k) => (
            <li key={label} className={k === 0 ? 'chart__bar--a' : 'chart__bar--b'}>
              <svg className="chart__key" viewBox="0 0 14 12" aria-hidden="true">
                <rect x="1" y="1" width="12" height="10" className="chart__bar" />
              </svg>
              {label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocaleProgress } from '@/features/translations/api/get-translation-progress';

/** The drawing area, in SVG units (the SVG scales to its box), as the uptake charts draw theirs. */
const CHART = { width: 640, rowHeight: 34, left: 120, right: 16, top: 8, bottom: 8 } as const;
const PLOT_WIDTH = CHART.width - CHART.left - CHART.right;
const PARTS = ['published', 'outdated', 'draft', 'missing'] as const;
type Part = (typeof PARTS)[number];

export interface LocaleBar extends LocaleProgress {
  /** The language's name, shown beside its bar. */
  name: string;
}

/**
 * One stacked bar per locale: published, outdated, draft and missing strings of all courses, as shares of
 * the whole. Hand-drawn SVG like the uptake charts (an image named by its title and description, a legend
 * under it); the table beside it holds the same figures.
 */
export function ProgressChart({
  bars,
  formatNumber,
}: {
  bars: readonly LocaleBar[];
  formatNumber: (n: number) => string;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const height = CHART.top + CHART.bottom + CHART.rowHeight * Math.max(1, bars.length);
  const label = (part: Part) => t(`translations.status.${part}`);
  return (
    <figure className="chart">
      <svg
        className="chart__svg"
        viewBox={`0 0 ${CHART.width} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>{t('translations.chart.title')}</title>
        <desc id={descId}>{t('translations.chart.description')}</desc>
        {bars.map((bar, row) => {
          const total = PARTS.reduce((sum, part) => sum + bar[part], 0);
          const y = CHART.top + row * CHART.rowHeight;
          let x = CHART.left;
          return (
            <g key={bar.locale}>
              <text
                className="chart__label"
                x={CHART.left - 8}
                y={y + CHART.rowHeight / 2}
                textAnchor="end"
                dominantBaseline="middle"
              >
                {bar.name}
              </text>
              {PARTS.map((part) => {
                const width = total === 0 ? 0 : (bar[part] / total) * PLOT_WIDTH;
                const rect = (
                  <rect
                    key={part}
                    className={`chart__bar progress-chart__${part}`}
                    x={x}
                    y={y + 6}
                    width={width}
                    height={CHART.rowHeight - 12}
                  >
                    <title>{`${bar.name} · ${label(part)}: ${formatNumber(bar[part])}`}</title>
                  </rect>
                );
                x += width;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="chart__legend">
        <ul className="chart__keys">
          {PARTS.map((part) => (
            <li key={part}>
              <svg className="chart__key" viewBox="0 0 14 12" aria-hidden="true">
                <rect x="1" y="1" width="12" height="10" className={`chart__bar progress-chart__${part}`} />
              </svg>
              {label(part)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

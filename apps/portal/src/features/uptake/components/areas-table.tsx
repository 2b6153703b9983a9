import { useTranslation } from 'react-i18next';
import { MIN_UNITS_PER_AREA } from '@icspa/domain';
import { Link } from 'react-router';
import { Table, type Column, type TableSort } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { useFormat } from '@/hooks/use-format';
import type { UptakeRow } from '@/features/uptake/api/get-uptake';
import { countText, countValue } from '@/features/uptake/lib/count';
import { countColumn, medianHoursColumn, type CountFigure } from './figure-columns';
import { RateText } from './figure-text';

interface AreasTableProps {
  rows: readonly UptakeRow[];
  /** The whole scope, as a last row that never sorts. */
  total?: UptakeRow;
  caption: string;
  /** The first column's header: Region, Country or Police unit. */
  nameHeader: string;
  /** The row's name as shown (countries in the reader's language). */
  nameOf: (row: UptakeRow) => string;
  /** A link drilling into the row, where there is a level below. */
  hrefFor?: (row: UptakeRow) => string | undefined;
  busy?: boolean;
  initialSort?: TableSort;
  /** Tag hotspot countries (not their police units, which would all carry it). */
  showHotspot?: boolean;
}

/** Every figure of each area, sortable by any column; the first column drills down. */
export function AreasTable({
  rows,
  total,
  caption,
  nameHeader,
  nameOf,
  hrefFor,
  busy,
  initialSort,
  showHotspot = true,
}: AreasTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = (figure: CountFigure) => countColumn(t, figure);
  const columns: Column<UptakeRow>[] = [
    {
      key: 'name',
      header: nameHeader,
      sortValue: (r) => nameOf(r),
      cell: (r) => {
        if (r.key === 'total') return <strong>{t('uptake.total')}</strong>;
        const href = hrefFor?.(r);
        return (
          <span className="area-name">
            {href ? <Link to={href}>{nameOf(r)}</Link> : nameOf(r)}
            {showHotspot && r.hotspot ? <Tag tone="warn">{t('uptake.hotspot')}</Tag> : null}
          </span>
        );
      },
    },
    {
      key: 'unitsReached',
      header: t('uptake.figures.unitsReached'),
      numeric: true,
      sortValue: (r) => countValue(r.unitsReached),
      cell: (r) =>
        r.withheld
          ? `${format.number(r.unitsKnown)} · ${t('uptake.areas.withheld')}`
          : t('uptake.ofKnown', {
              reached: countText(r.unitsReached, format.number),
              known: format.number(r.unitsKnown),
            }),
    },
    count('officersEnrolled'),
    count('enrolments'),
    count('completions'),
    {
      key: 'completionRate',
      header: t('uptake.figures.completionRate'),
      numeric: true,
      sortValue: (r) => r.completionRate,
      cell: (r) => <RateText value={r.completionRate} />,
    },
    count('activeCertifications'),
    count('expiringCertifications'),
    count('cohortsDelivered'),
    count('trainersDelivered'),
    count('requestsRaised'),
    count('requestsFilled'),
    count('requestsUnfilled'),
    medianHoursColumn(t),
  ];
  // An area of too few police units shows none of its figures; the note says why.
  const anyWithheld = rows.some((r) => r.withheld) || !!total?.withheld;
  return (
    <>
      <Table
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.key}
        empty={t('uptake.empty')}
        busy={busy}
        initialSort={initialSort}
        footer={total && rows.length > 1 ? [total] : undefined}
      />
      {anyWithheld ? <p className="muted">{t('uptake.areas.withheldNote', { min: MIN_UNITS_PER_AREA })}</p> : null}
    </>
  );
}

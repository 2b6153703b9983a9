import { useTranslation } from 'react-i18next';
import { PairedBarChart } from '@/components/ui/paired-bar-chart';
import { Table, type Column } from '@/components/ui/table';
import type { UnitCoverage } from '@/features/planning/api/get-workplan-coverage';
import { useFormat } from '@/hooks/use-format';

/** How many unit roles the chart draws (the largest needs; the table has them all). */
const CHART_ROWS = 12;

interface CoverageRow {
  key: string;
  unit: string;
  assessedOn: string | null;
  role: string | null;
  needed: number | null;
  before: { count: number; percent: number | null } | null;
  now: { count: number; percent: number | null } | null;
}

/** Each unit's roles as rows; a unit without an approved needs assessment is one row saying so. */
function rowsOf(units: readonly UnitCoverage[]): CoverageRow[] {
  return units.flatMap((u): CoverageRow[] =>
    u.roles.length
      ? u.roles.map((r) => ({
          key: `${u.policeUnitId}/${r.competencyRoleId}`,
          unit: u.policeUnitName,
          assessedOn: u.assessedOn,
          role: r.name,
          needed: r.officersNeeded,
          before: { count: r.atLevelBefore, percent: r.coverageBefore },
          now: { count: r.atLevelNow, percent: r.coverageNow },
        }))
      : [
          {
            key: u.policeUnitId,
            unit: u.policeUnitName,
            assessedOn: u.assessedOn,
            role: null,
            needed: null,
            before: null,
            now: null,
          },
        ],
  );
}

/**
 * Competency coverage: per unit of the plan and competency role of its needs assessment, officers needed against
 * officers holding the role's required levels at the end of the assessment day and now, with the share of the need met.
 */
export function CoverageTable({ units }: { units: readonly UnitCoverage[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const atLevel = (value: CoverageRow['before']) =>
    value === null
      ? '—'
      : value.percent === null
        ? format.number(value.count)
        : t('planning.coverage.atLevel', { value: format.number(value.count), percent: format.percent(value.percent) });
  const columns: Column<CoverageRow>[] = [
    { key: 'unit', header: t('planning.lines.unit'), cell: (r) => r.unit },
    {
      key: 'assessedOn',
      header: t('planning.coverage.assessedOn'),
      // A calendar day: noon UTC names the same day in every time zone.
      cell: (r) => (r.assessedOn ? format.date(`${r.assessedOn}T12:00:00Z`) : '—'),
    },
    { key: 'role', header: t('planning.coverage.role'), cell: (r) => r.role ?? t('planning.coverage.noAssessment') },
    {
      key: 'needed',
      header: t('planning.coverage.needed'),
      numeric: true,
      cell: (r) => (r.needed === null ? '—' : format.number(r.needed)),
    },
    { key: 'before', header: t('planning.coverage.before'), numeric: true, cell: (r) => atLevel(r.before) },
    { key: 'now', header: t('planning.coverage.now'), numeric: true, cell: (r) => atLevel(r.now) },
  ];
  const rows = rowsOf(units);
  const charted = rows
    .filter((r) => r.needed !== null && r.needed > 0)
    .sort((a, b) => (b.needed ?? 0) - (a.needed ?? 0))
    .slice(0, CHART_ROWS);
  const bar = (value: CoverageRow['before']) => ({
    value: value?.percent ?? null,
    text: value?.percent === null || value?.percent === undefined ? '—' : format.percent(value.percent),
  });
  const table = (
    <Table
      caption={t('planning.coverage.caption')}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      empty={t('planning.coverage.empty')}
    />
  );
  if (!charted.length) return table;
  // The chart beside the table (under it on narrow screens), as on the uptake dashboard.
  return (
    <div className="chart-pair">
      <div className="chart-pair__body">
        <div className="chart-pair__chart">
          <PairedBarChart
            rows={charted.map((r) => ({ key: r.key, label: `${r.unit} · ${r.role}`, a: bar(r.before), b: bar(r.now) }))}
            labels={[t('planning.coverage.beforeShort'), t('planning.coverage.nowShort')]}
            sharedScale
            title={t('planning.coverage.chartTitle')}
            description={t('planning.coverage.chartDescription', { count: charted.length })}
          />
        </div>
        <div className="chart-pair__table">{table}</div>
      </div>
    </div>
  );
}

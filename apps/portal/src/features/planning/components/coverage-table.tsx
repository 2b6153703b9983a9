import { useTranslation } from 'react-i18next';
import { Table, type Column } from '@/components/ui/table';
import type { UnitCoverage } from '@/features/planning/api/get-workplan-coverage';
import { useFormat } from '@/hooks/use-format';

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
 * officers holding the role's required levels on the assessment day and today, with the share of the need met.
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
  return (
    <Table
      caption={t('planning.coverage.caption')}
      columns={columns}
      rows={rowsOf(units)}
      rowKey={(r) => r.key}
      empty={t('planning.coverage.empty')}
    />
  );
}

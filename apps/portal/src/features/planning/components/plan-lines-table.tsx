import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DELIVERY_MODES, type DeliveryMode } from '@icspa/domain';
import { Table, type Column } from '@/components/ui/table';
import { paths } from '@/config/paths';
import type { PlanLine } from '@/features/planning/api/get-workplan';
import type { PlanLineUpdateInput } from '@/features/planning/api/update-plan-line';
import { useFormat } from '@/hooks/use-format';

interface PlanLinesTableProps {
  lines: readonly PlanLine[];
  /** The plan's quarters; a draft's lines can move between them. */
  quarters: readonly string[];
  editable: boolean;
  busy?: boolean;
  onChange: (lineId: string, body: PlanLineUpdateInput) => void;
  onDelete: (lineId: string) => void;
}

/**
 * The lines of a workplan: unit, course, quarter, officers, delivery and language, each explained by the
 * proposal (gap × priority = score). In a draft, quarter, officers and delivery mode are edited in place.
 */
export function PlanLinesTable({ lines, quarters, editable, busy, onChange, onDelete }: PlanLinesTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<PlanLine>[] = [
    { key: 'unit', header: t('planning.lines.unit'), cell: (l) => l.policeUnitName },
    { key: 'course', header: t('planning.lines.course'), cell: (l) => l.courseTitle },
    {
      key: 'quarter',
      header: t('planning.lines.quarter'),
      cell: (l) =>
        editable ? (
          <select
            aria-label={t('planning.lines.quarterOf', { unit: l.policeUnitName, course: l.courseTitle })}
            value={l.quarter}
            onChange={(e) => onChange(l.id, { quarter: e.target.value })}
          >
            {quarters.map((q) => (
              <option key={q} value={q}>
                {q}
              </option>
            ))}
          </select>
        ) : (
          l.quarter
        ),
    },
    {
      key: 'officers',
      header: t('planning.lines.officers'),
      numeric: true,
      cell: (l) =>
        editable ? (
          <input
            type="number"
            min={1}
            max={500}
            inputMode="numeric"
            className="input--narrow"
            aria-label={t('planning.lines.officersOf', { unit: l.policeUnitName, course: l.courseTitle })}
            defaultValue={l.officers}
            onBlur={(e) => {
              const officers = Number(e.target.value);
              if (Number.isInteger(officers) && officers >= 1 && officers <= 500 && officers !== l.officers)
                onChange(l.id, { officers });
            }}
          />
        ) : (
          format.number(l.officers)
        ),
    },
    {
      key: 'mode',
      header: t('planning.lines.mode'),
      cell: (l) =>
        editable ? (
          <select
            aria-label={t('planning.lines.modeOf', { unit: l.policeUnitName, course: l.courseTitle })}
            value={l.deliveryMode}
            onChange={(e) => onChange(l.id, { deliveryMode: e.target.value as DeliveryMode })}
          >
            {DELIVERY_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`planning.mode.${m}`)}
              </option>
            ))}
          </select>
        ) : (
          t(`planning.mode.${l.deliveryMode}`)
        ),
    },
    {
      key: 'selfPaced',
      header: t('planning.lines.becomes'),
      cell: (l) => {
        if (l.trainingRequestId)
          return (
            <Link to={paths.app.trainingRequest.getHref({ requestId: l.trainingRequestId })}>
              {t('planning.lines.request')}
            </Link>
          );
        if (l.cohortId) return t('planning.lines.openCohort');
        return l.selfPaced ? t('planning.lines.willOpenCohort') : t('planning.lines.willRaiseRequest');
      },
    },
    { key: 'language', header: t('planning.lines.language'), cell: (l) => format.language(l.language) },
    {
      key: 'reason',
      header: t('planning.lines.reason'),
      cell: (l) =>
        l.reason
          ? t('planning.lines.reasonText', {
              gap: format.number(l.reason.gap),
              priority: format.number(l.reason.priority),
              score: format.number(l.reason.score),
            })
          : t('planning.lines.addedByAdmin'),
    },
  ];
  if (editable)
    columns.push({
      key: 'remove',
      header: t('planning.lines.actions'),
      cell: (l) => (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onDelete(l.id)}
          aria-label={t('planning.lines.removeOf', { unit: l.policeUnitName, course: l.courseTitle })}
        >
          {t('planning.lines.remove')}
        </button>
      ),
    });
  return (
    <Table
      caption={t('planning.lines.caption')}
      columns={columns}
      rows={lines}
      rowKey={(l) => `${l.id}:${l.officers}`}
      empty={t('planning.lines.empty')}
      busy={busy}
    />
  );
}

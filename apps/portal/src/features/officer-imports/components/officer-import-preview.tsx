import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFICER_IMPORT_ROW_STATUSES, type OfficerImportRowStatus } from '@icspa/domain';
import { Table, type Column } from '@/components/ui/table';
import { Tag, type TagTone } from '@/components/ui/tag';
import type { OfficerImportPreview, OfficerImportRow } from '@/features/officer-imports/api/preview-officer-import';

/** Rows drawn at first, and added by each "Show more": a 20,000-row file must not freeze a phone. */
export const PREVIEW_PAGE_ROWS = 200;

const TONES: Record<OfficerImportRowStatus, TagTone> = {
  new: 'ok',
  update: 'info',
  unchanged: 'muted',
  error: 'error',
};

/** What the file would do, row by row, filtered by status; each error names its column and reason. */
export function OfficerImportPreviewTable({ preview }: { preview: OfficerImportPreview }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<OfficerImportRowStatus | 'all'>(preview.counts.error > 0 ? 'error' : 'all');
  const [shown, setShown] = useState(PREVIEW_PAGE_ROWS);
  const rows = useMemo(
    () => (status === 'all' ? preview.rows : preview.rows.filter((r) => r.status === status)),
    [preview.rows, status],
  );
  const details = (row: OfficerImportRow) => {
    if (row.status === 'update')
      return t('officerImport.changes', {
        fields: row.changes.map((c) => t(`officerImport.columns.${c}`)).join(', '),
      });
    if (row.status !== 'error') return null;
    return (
      <ul className="plain-list">
        {row.problems.map((p, i) => (
          <li key={i}>
            {t('officerImport.problem', {
              column: t(`officerImport.columns.${p.column}`),
              problem: t(`officerImport.problems.${p.code}`, p.params ?? {}),
            })}
          </li>
        ))}
      </ul>
    );
  };
  const columns: Column<OfficerImportRow>[] = [
    { key: 'row', header: t('officerImport.columns.row'), cell: (r) => r.rowNumber, numeric: true },
    {
      key: 'status',
      header: t('officerImport.columns.status'),
      cell: (r) => <Tag tone={TONES[r.status]}>{t(`officerImport.status.${r.status}`)}</Tag>,
    },
    { key: 'email', header: t('officerImport.columns.email'), cell: (r) => <bdi>{r.email}</bdi> },
    { key: 'name', header: t('officerImport.columns.name'), cell: (r) => <bdi>{r.name}</bdi> },
    { key: 'language', header: t('officerImport.columns.language'), cell: (r) => r.language ?? '' },
    { key: 'details', header: t('officerImport.columns.details'), cell: details },
  ];
  const choose = (next: OfficerImportRowStatus | 'all') => {
    setStatus(next);
    setShown(PREVIEW_PAGE_ROWS);
  };
  return (
    <section className="section" aria-labelledby="officer-import-preview">
      <h2 id="officer-import-preview">{t('officerImport.previewTitle')}</h2>
      <p>
        {t('officerImport.summary', {
          total: preview.totalRows,
          new: preview.counts.new,
          update: preview.counts.update,
          unchanged: preview.counts.unchanged,
          error: preview.counts.error,
        })}
      </p>
      <div className="actions" role="group" aria-label={t('officerImport.filter')}>
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={status === 'all'}
          onClick={() => choose('all')}
        >
          {t('officerImport.filterAll', { total: preview.totalRows })}
        </button>
        {OFFICER_IMPORT_ROW_STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            className="button button--secondary"
            aria-pressed={status === s}
            onClick={() => choose(s)}
          >
            {t('officerImport.filterStatus', { status: t(`officerImport.status.${s}`), total: preview.counts[s] })}
          </button>
        ))}
      </div>
      <Table
        caption={t('officerImport.caption')}
        columns={columns}
        rows={rows.slice(0, shown)}
        rowKey={(r) => String(r.rowNumber)}
        empty={t('officerImport.empty')}
      />
      {rows.length > shown ? (
        <div className="actions">
          <p className="muted">{t('officerImport.shownFirst', { shown, total: rows.length })}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setShown((n) => n + PREVIEW_PAGE_ROWS)}
          >
            {t('officerImport.showMore')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

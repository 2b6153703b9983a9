import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table, type Column } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import type { RosterEntry } from '@/features/training-records/api/get-roster';

/** The unit's officers, a compact status each, each name a link to the officer's training record. */
export function RosterTable({ entries, busy }: { entries: readonly RosterEntry[]; busy?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<RosterEntry>[] = [
    {
      key: 'officer',
      header: t('unitRoster.columns.officer'),
      cell: (r) => (
        <>
          <Link to={paths.app.trainingRecord.getHref({ officerId: r.id })}>{r.name}</Link>
          {r.role === 'coordinator' ? <span className="muted"> · {t('roles.coordinator')}</span> : null}
          {r.disabled ? (
            <>
              {' '}
              <Tag tone="muted">{t('unitRoster.disabled')}</Tag>
            </>
          ) : null}
        </>
      ),
    },
    {
      key: 'courses',
      header: t('unitRoster.columns.courses'),
      cell: (r) => t('unitRoster.courses', { active: r.activeCourses, completed: r.completedCourses }),
    },
    {
      key: 'certifications',
      header: t('unitRoster.columns.certifications'),
      cell: (r) =>
        r.certificationsValid + r.certificationsExpiring + r.certificationsExpired === 0 ? (
          <span className="muted">{t('unitRoster.noCertifications')}</span>
        ) : (
          <span className="tag-list">
            {r.certificationsValid ? (
              <Tag tone="ok">{t('unitRoster.valid', { count: r.certificationsValid })}</Tag>
            ) : null}
            {r.certificationsExpiring ? (
              <Tag tone="warn">{t('unitRoster.expiring', { count: r.certificationsExpiring })}</Tag>
            ) : null}
            {r.certificationsExpired ? (
              <Tag tone="muted">{t('unitRoster.expired', { count: r.certificationsExpired })}</Tag>
            ) : null}
          </span>
        ),
    },
    {
      key: 'nextExpiry',
      header: t('unitRoster.columns.nextExpiry'),
      cell: (r) => (r.nextExpiry ? format.date(r.nextExpiry) : '—'),
    },
  ];
  return (
    <Table
      caption={t('unitRoster.caption')}
      columns={columns}
      rows={entries}
      rowKey={(r) => r.id}
      empty={t('unitRoster.empty')}
      busy={busy}
    />
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table, type Column } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import type { Cohort } from '@/features/cohorts/api/get-cohorts';
import { CohortPlace } from './cohort-facts';
import { CohortStatusTag } from './cohort-status-tag';

interface CohortsTableProps {
  cohorts: readonly Cohort[];
  busy?: boolean;
  caption: string;
  empty: string;
  /** Admins: the course cell opens the cohort editor. */
  editable?: boolean;
}

/** Cohorts with their course, dates, delivery, place, seats, trainer and status, and a link to the roster. */
export function CohortsTable({ cohorts, busy, caption, empty, editable = false }: CohortsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<Cohort>[] = [
    {
      key: 'course',
      header: t('cohorts.columns.course'),
      cell: (c) => (
        <>
          <code>{c.courseCode}</code>{' '}
          {editable ? (
            <Link to={paths.app.adminCohort.getHref({ cohortId: c.id })}>{c.courseTitle}</Link>
          ) : (
            c.courseTitle
          )}
        </>
      ),
    },
    {
      key: 'dates',
      header: t('cohorts.columns.dates'),
      cell: (c) => <time dateTime={c.startsAt}>{format.dateRange(c.startsAt, c.endsAt)}</time>,
    },
    { key: 'delivery', header: t('cohorts.columns.delivery'), cell: (c) => t(`deliveryMode.${c.deliveryMode}`) },
    { key: 'language', header: t('cohorts.columns.language'), cell: (c) => format.language(c.language) },
    { key: 'place', header: t('cohorts.columns.place'), cell: (c) => <CohortPlace cohort={c} /> },
    {
      key: 'seats',
      header: t('cohorts.columns.seats'),
      numeric: true,
      cell: (c) =>
        t('cohorts.seatsTaken', {
          taken: format.number(c.capacity - c.seatsLeft),
          capacity: format.number(c.capacity),
        }),
    },
    { key: 'waitlist', header: t('cohorts.columns.waitlist'), numeric: true, cell: (c) => format.number(c.waitlisted) },
    {
      key: 'trainer',
      header: t('cohorts.columns.trainer'),
      cell: (c) =>
        (c.trainerName ? format.officer(c.trainerName, c.trainerPseudonym) : null) ?? (
          <span className="muted">{t('cohort.noTrainer')}</span>
        ),
    },
    { key: 'status', header: t('cohorts.columns.status'), cell: (c) => <CohortStatusTag status={c.status} /> },
    {
      key: 'roster',
      header: t('cohorts.columns.roster'),
      cell: (c) => (
        <Link
          to={paths.app.roster.getHref({ cohortId: c.id })}
          aria-label={t('cohorts.rosterOf', { course: c.courseTitle, dates: format.dateRange(c.startsAt, c.endsAt) })}
        >
          {t('cohorts.roster')}
        </Link>
      ),
    },
  ];
  return <Table caption={caption} columns={columns} rows={cohorts} rowKey={(c) => c.id} empty={empty} busy={busy} />;
}

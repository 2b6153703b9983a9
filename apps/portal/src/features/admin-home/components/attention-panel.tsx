import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import { useAdminHome, type AdminHome } from '@/features/admin-home/api/get-admin-home';

/** Where the Bull Board lists failed jobs (a server page, not a portal route). */
export const FAILED_JOBS_HREF = '/api/admin/queues';

type ItemKey =
  | 'unfilledRequests'
  | 'proposalsLapsing'
  | 'cohortsWithoutTrainer'
  | 'cohortsUnderHalfFull'
  | 'certificationsExpiring'
  | 'failedJobs';

interface Item {
  key: ItemKey;
  count: number | null;
  /** A portal route, or a server page. */
  to: { route: string } | { href: string };
}

/** The dates (YYYY-MM-DD, UTC) the cohort list's filter takes for the window. */
const day = (iso: string) => iso.slice(0, 10);

function items(home: AdminHome): Item[] {
  const cohorts = { from: day(home.asOf), to: day(home.cohortsBefore) };
  return [
    {
      key: 'unfilledRequests',
      count: home.unfilledRequests,
      to: { route: paths.app.trainingRequests.getHref({ status: 'unfilled' }) },
    },
    {
      key: 'proposalsLapsing',
      count: home.proposalsLapsing,
      to: { route: paths.app.trainingRequests.getHref({ status: 'proposed' }) },
    },
    {
      key: 'cohortsWithoutTrainer',
      count: home.cohortsWithoutTrainer,
      to: {
        route: `${paths.app.adminCohorts.getHref()}?${new URLSearchParams({ ...cohorts, withoutTrainer: 'true' })}`,
      },
    },
    {
      key: 'cohortsUnderHalfFull',
      count: home.cohortsUnderHalfFull,
      to: { route: `${paths.app.adminCohorts.getHref()}?${new URLSearchParams(cohorts)}` },
    },
    {
      key: 'certificationsExpiring',
      count: home.certificationsExpiring,
      to: { route: paths.app.unitRoster.getHref({ status: 'expiring', within: home.certificationsWithinDays }) },
    },
    { key: 'failedJobs', count: home.failedJobs, to: { href: FAILED_JOBS_HREF } },
  ];
}

/** What needs an admin's attention today: each a count and a link to the list it counts. */
export function AttentionPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const home = useAdminHome();
  return (
    <section aria-labelledby="attention" className="section">
      <h2 id="attention">{t('adminHome.title')}</h2>
      <QueryState query={home} loadingLabel={t('adminHome.loading')}>
        {(data) => (
          <>
            <ul className="attention">
              {items(data).map((item) => {
                const text: ReactNode = (
                  <>
                    <span className="attention__count">{item.count === null ? '—' : format.number(item.count)}</span>
                    <span className="attention__label">
                      {t(`adminHome.items.${item.key}`, { days: data.certificationsWithinDays })}
                    </span>
                  </>
                );
                return (
                  <li
                    key={item.key}
                    className={item.count ? 'attention__item attention__item--due' : 'attention__item'}
                  >
                    {'route' in item.to ? <Link to={item.to.route}>{text}</Link> : <a href={item.to.href}>{text}</a>}
                  </li>
                );
              })}
            </ul>
            {data.cohorts.length ? (
              <>
                <h3>{t('adminHome.cohortsHeading')}</h3>
                <ul className="attention-cohorts">
                  {data.cohorts.map((c) => (
                    <li key={c.id}>
                      <Link to={paths.app.adminCohort.getHref({ cohortId: c.id })}>{c.courseTitle}</Link>{' '}
                      <span className="muted">
                        {t('adminHome.cohortLine', {
                          date: format.date(c.startsAt),
                          taken: c.seatsTaken,
                          capacity: c.capacity,
                        })}
                        {c.hasTrainer ? '' : ` · ${t('adminHome.noTrainer')}`}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        )}
      </QueryState>
    </section>
  );
}

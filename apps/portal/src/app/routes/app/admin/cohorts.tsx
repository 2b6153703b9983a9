import { COHORT_SORTS, COHORT_STATUSES } from '@icspa/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { SelectField } from '@/components/ui/select-field';
import { paths, type AdminCohortsQuery } from '@/config/paths';
import { useAllCourses } from '@/features/catalogue/api/get-courses';
import { useCohorts } from '@/features/cohorts/api/get-cohorts';
import { CohortsTable } from '@/features/cohorts/components/cohorts-table';
import { useCountries } from '@/features/countries/api/get-countries';
import { useAllTrainers } from '@/features/trainer-assignment/api/get-trainers';
import { useFormat } from '@/hooks/use-format';
import { useListParams } from '@/hooks/use-list-params';
import { oneOf } from '@/lib/one-of';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{2}$/;

/** A date filter: an empty day means no bound. */
function DayFilter({ label, value, onChange }: { label: string; value?: string; onChange: (day?: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)} />
    </div>
  );
}

/**
 * Every cohort for admins, upcoming first (by the API's clock), filtered by course, status, the days it runs,
 * country and trainer, each kept in the address; links to edit each and to its roster.
 */
/** The trainer filter's "no trainer yet" choice (never a user id). */
const NO_TRAINER = 'none';

export function AdminCohortsRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const params = useListParams([
    'status',
    'courseId',
    'from',
    'to',
    'countryCode',
    'trainerId',
    'withoutTrainer',
    'sort',
  ]);
  const filters: AdminCohortsQuery = {
    courseId: params.courseId,
    status: oneOf(COHORT_STATUSES, params.status),
    from: params.from && DAY.test(params.from) ? params.from : undefined,
    to: params.to && DAY.test(params.to) ? params.to : undefined,
    countryCode: params.countryCode && COUNTRY.test(params.countryCode) ? params.countryCode : undefined,
    trainerId: params.withoutTrainer === 'true' ? undefined : params.trainerId,
    withoutTrainer: params.withoutTrainer === 'true' ? 'true' : undefined,
    sort: oneOf(COHORT_SORTS, params.sort),
  };
  const status = oneOf(COHORT_STATUSES, filters.status);
  const sort = oneOf(COHORT_SORTS, filters.sort);
  const cohorts = useCohorts({
    page: params.page,
    ...filters,
    withoutTrainer: filters.withoutTrainer === 'true' || undefined,
    status,
    sort,
  });
  const courses = useAllCourses();
  const countries = useCountries();
  const trainers = useAllTrainers();
  const go = (change: Partial<AdminCohortsQuery>) =>
    navigate(paths.app.adminCohorts.getHref({ ...filters, ...change }), { preventScrollReset: true });
  return (
    <Page
      title={t('adminCohorts.title')}
      description={t('adminCohorts.description')}
      actions={
        <Link className="button" to={paths.app.adminCohortNew.getHref({ courseId: filters.courseId })}>
          {t('adminCohorts.new')}
        </Link>
      }
    >
      <div className="filters">
        <SelectField
          label={t('adminCohorts.course')}
          emptyLabel={courses.isPending ? t('common.loading') : t('adminCohorts.allCourses')}
          disabled={courses.isPending}
          value={filters.courseId ?? ''}
          options={(courses.data ?? []).map((c) => ({ value: c.id, label: `${c.code} — ${c.title}` }))}
          onChange={(next) => go({ courseId: next || undefined })}
        />
        <SelectField
          label={t('adminCohorts.status')}
          emptyLabel={t('adminCohorts.allStatuses')}
          value={status ?? ''}
          options={COHORT_STATUSES.map((s) => ({ value: s, label: t(`cohortStatus.${s}`) }))}
          onChange={(next) => go({ status: next || undefined })}
        />
        <DayFilter label={t('adminCohorts.from')} value={filters.from} onChange={(from) => go({ from })} />
        <DayFilter label={t('adminCohorts.to')} value={filters.to} onChange={(to) => go({ to })} />
        <SelectField
          label={t('adminCohorts.country')}
          emptyLabel={countries.isPending ? t('common.loading') : t('adminCohorts.allCountries')}
          disabled={countries.isPending}
          value={filters.countryCode ?? ''}
          options={(countries.data ?? [])
            .map((c) => ({ value: c.code, label: format.country(c.code, c.name) }))
            .sort((a, b) => a.label.localeCompare(b.label, format.locale))}
          onChange={(next) => go({ countryCode: next || undefined })}
        />
        <SelectField
          label={t('adminCohorts.trainer')}
          emptyLabel={trainers.isPending ? t('common.loading') : t('adminCohorts.allTrainers')}
          disabled={trainers.isPending}
          value={filters.withoutTrainer ? NO_TRAINER : (filters.trainerId ?? '')}
          options={[
            { value: NO_TRAINER, label: t('adminCohorts.noTrainer') },
            ...(trainers.data ?? [])
              .map((tr) => ({ value: tr.id, label: tr.displayName }))
              .sort((a, b) => a.label.localeCompare(b.label, format.locale)),
          ]}
          onChange={(next) =>
            go(
              next === NO_TRAINER
                ? { trainerId: undefined, withoutTrainer: 'true' }
                : { trainerId: next || undefined, withoutTrainer: undefined },
            )
          }
        />
        <SelectField
          label={t('adminCohorts.sort')}
          emptyLabel={t('adminCohorts.sortBy.upcoming')}
          value={sort && sort !== 'upcoming' ? sort : ''}
          options={COHORT_SORTS.filter((s) => s !== 'upcoming').map((s) => ({
            value: s,
            label: t(`adminCohorts.sortBy.${s === '-starts' ? 'latest' : 'starts'}`),
          }))}
          onChange={(next) => go({ sort: next || undefined })}
        />
      </div>
      <QueryState query={cohorts} loadingLabel={t('adminCohorts.loading')}>
        {(data) => (
          <>
            <CohortsTable
              cohorts={data.items}
              busy={cohorts.isPlaceholderData}
              caption={t('adminCohorts.caption')}
              empty={t('adminCohorts.empty')}
              editable
            />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              hrefFor={(page) => paths.app.adminCohorts.getHref({ ...filters, page })}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}

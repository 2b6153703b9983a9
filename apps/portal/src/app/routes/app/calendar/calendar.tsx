import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { SelectField } from '@/components/ui/select-field';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useCalendar } from '@/features/calendar/api/get-calendar';
import { CalendarView, rangeOf, type CalendarView as View } from '@/features/calendar/components/calendar-view';
import { browserTimeZone } from '@/lib/time-zones';
import { useCohortFormOptions } from '../admin/cohort-options';

/** Phones (below 768 px) open on the agenda: a month grid is unreadable there. */
function initialView(): View {
  return typeof window !== 'undefined' && window.matchMedia?.('(max-width: 767.98px)').matches ? 'agenda' : 'month';
}

/** Admins narrow the calendar by country, course and trainer. */
function AdminFilters({
  value,
  onChange,
}: {
  value: { countryCode: string; courseId: string; trainerId: string };
  onChange: (value: { countryCode: string; courseId: string; trainerId: string }) => void;
}) {
  const { t } = useTranslation();
  const options = useCohortFormOptions();
  return (
    <div className="filters">
      <SelectField
        label={t('calendar.filters.country')}
        value={value.countryCode}
        options={options.countries}
        emptyLabel={t('calendar.filters.allCountries')}
        onChange={(countryCode) => onChange({ ...value, countryCode })}
      />
      <SelectField
        label={t('calendar.filters.course')}
        value={value.courseId}
        options={options.courses.map((c) => ({ value: c.id, label: c.title }))}
        emptyLabel={t('calendar.filters.allCourses')}
        onChange={(courseId) => onChange({ ...value, courseId })}
      />
      <SelectField
        label={t('calendar.filters.trainer')}
        value={value.trainerId}
        options={options.trainers}
        emptyLabel={t('calendar.filters.allTrainers')}
        onChange={(trainerId) => onChange({ ...value, trainerId })}
      />
    </div>
  );
}

/**
 * The user's calendar: officers their sessions and certification expiry dates, trainers the sessions they
 * teach, proposals' answer-by dates and unavailability, coordinators their unit's sessions, admins all of
 * them (filtered). Times show at the venue with the user's own beside them.
 */
export function CalendarRoute() {
  const { t, i18n } = useTranslation();
  const me = useSignedInUser();
  const [view, setView] = useState<View>(initialView);
  const [date, setDate] = useState(() => new Date());
  const [filters, setFilters] = useState({ countryCode: '', courseId: '', trainerId: '' });
  const viewerTimeZone = me?.timeZone ?? browserTimeZone();
  const range = useMemo(() => rangeOf(view, date, i18n.language), [view, date, i18n.language]);
  const calendar = useCalendar({
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    ...(me?.role === 'admin'
      ? {
          countryCode: filters.countryCode || undefined,
          courseId: filters.courseId || undefined,
          trainerId: filters.trainerId || undefined,
        }
      : {}),
  });
  return (
    <Page
      title={t('calendar.title')}
      description={t('calendar.description', { timeZone: viewerTimeZone })}
      actions={
        <Link className="button button--secondary" to={paths.app.profile.getHref()}>
          {t('calendar.subscribe')}
        </Link>
      }
    >
      {me?.role === 'admin' ? <AdminFilters value={filters} onChange={setFilters} /> : null}
      <QueryState query={calendar} loadingLabel={t('calendar.loading')}>
        {(data) => (
          <CalendarView
            entries={data.items}
            view={view}
            date={date}
            viewerTimeZone={viewerTimeZone}
            onView={setView}
            onNavigate={setDate}
          />
        )}
      </QueryState>
    </Page>
  );
}

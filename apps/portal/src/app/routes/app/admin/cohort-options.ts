import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllCourses } from '@/features/catalogue/api/get-courses';
import { useCountries } from '@/features/countries/api/get-countries';
import { useAllPoliceUnits } from '@/features/police-units/api/get-police-units';
import { useAllUsers } from '@/features/users/api/get-users';
import { useFormat } from '@/hooks/use-format';

/**
 * What the cohort form chooses from, gathered from four features: courses (drafts marked), police units,
 * countries and (for the calendar's filter) trainers, each sorted for the reader's language. The cohort
 * form's own trainer choice comes from the picker, which asks who may teach the cohort as the form fills in.
 */
export function useCohortFormOptions() {
  const { t } = useTranslation();
  const format = useFormat();
  const courses = useAllCourses();
  const units = useAllPoliceUnits();
  const trainers = useAllUsers('trainer');
  const countries = useCountries();
  const options = useMemo(
    () => ({
      courses: (courses.data ?? []).map((c) => ({
        ...c,
        title: c.status === 'draft' ? `${c.title} (${t('courseStatus.draft')})` : c.title,
      })),
      trainers: (trainers.data ?? [])
        .filter((u) => !u.disabled)
        .map((u) => ({ value: u.id, label: u.displayName }))
        .sort((a, b) => a.label.localeCompare(b.label, format.locale)),
      policeUnits: (units.data ?? [])
        .map((u) => ({ value: u.id, label: `${u.name} (${format.country(u.countryCode, u.countryCode)})` }))
        .sort((a, b) => a.label.localeCompare(b.label, format.locale)),
      countries: (countries.data ?? [])
        .map((c) => ({ value: c.code, label: format.country(c.code, c.name) }))
        .sort((a, b) => a.label.localeCompare(b.label, format.locale)),
    }),
    [courses.data, units.data, trainers.data, countries.data, format, t],
  );
  const queries = [courses, units, trainers, countries];
  return {
    ...options,
    pending: queries.some((q) => q.isPending),
    error: queries.find((q) => q.isError)?.error,
    retry: () => queries.forEach((q) => q.isError && void q.refetch()),
  };
}

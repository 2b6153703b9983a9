import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllCourses } from '@/features/catalogue/api/get-courses';
import { useCountries } from '@/features/countries/api/get-countries';
import { useFormat } from '@/hooks/use-format';

/**
 * What a trainer's profile chooses from, gathered from two features: the courses of the catalogue
 * (drafts marked, for admins who see them) and every country, sorted for the reader's language.
 */
export function useProfileOptions() {
  const { t } = useTranslation();
  const format = useFormat();
  const courses = useAllCourses();
  const countries = useCountries();
  const options = useMemo(
    () => ({
      courses: (courses.data ?? []).map((c) => ({
        id: c.id,
        code: c.code,
        title: c.status === 'draft' ? `${c.title} (${t('courseStatus.draft')})` : c.title,
      })),
      countries: (countries.data ?? [])
        .map((c) => ({ value: c.code, label: format.country(c.code, c.name) }))
        .sort((a, b) => a.label.localeCompare(b.label, format.locale)),
    }),
    [courses.data, countries.data, format, t],
  );
  const queries = [courses, countries];
  return {
    ...options,
    pending: queries.some((q) => q.isPending),
    error: queries.find((q) => q.isError)?.error,
    retry: () => queries.forEach((q) => q.isError && void q.refetch()),
  };
}

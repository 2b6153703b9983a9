import { fireEvent, screen, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import { getAllCoursesQueryOptions, type CourseListItem } from '@/features/catalogue/api/get-courses';
import { getCohortsQueryOptions, type Cohort } from '@/features/cohorts/api/get-cohorts';
import { getCountriesQueryOptions } from '@/features/countries/api/get-countries';
import { getAllPoliceUnitsQueryOptions } from '@/features/police-units/api/get-police-units';
import { getTrainerOptionsQueryOptions } from '@/features/trainer-assignment/api/get-trainer-options';
import { getAllTrainersQueryOptions } from '@/features/trainer-assignment/api/get-trainers';
import { getAllUsersQueryOptions } from '@/features/users/api/get-users';
import { fromDateTimeLocal } from '@/lib/form-values';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { AdminCohortNewRoute } from './cohort-new';
import { AdminCohortsRoute } from './cohorts';

const ADMIN: Me = {
  id: 'admin',
  email: 'admin@icspa.test',
  displayName: 'Ana Admin',
  role: 'admin',
  policeUnitId: null,
  memberFirmId: null,
  locale: 'en',
  readsLocales: [],
  timeZone: 'UTC',
  passwordChangeRequired: false,
};

const COURSE = {
  id: 'c-1',
  code: 'DF-201',
  title: 'Digital forensics',
  summary: 'Seizing and imaging devices.',
  level: 'intermediate',
  deliveryPolicy: 'experts',
  topics: [],
  languages: ['en', 'uk'],
  hours: 12,
  minAttendancePercent: 80,
  status: 'published',
  sourceLocale: 'en',
  availableIn: ['en'],
  contentLocale: 'en',
  translation: { locale: 'en', status: 'source', fallback: false, outdatedSince: null },
} as CourseListItem;

const COUNTRIES = [
  { code: 'UA', name: 'Ukraine', regionCode: 'eastern-europe', hotspot: true, retentionYears: null },
  { code: 'KE', name: 'Kenya', regionCode: 'sub-saharan-africa', hotspot: true, retentionYears: null },
];

function client() {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, ADMIN);
  queryClient.setQueryData(getAllCoursesQueryOptions().queryKey, [COURSE]);
  queryClient.setQueryData(getCountriesQueryOptions().queryKey, COUNTRIES);
  queryClient.setQueryData(getAllTrainersQueryOptions().queryKey, [
    { id: 't-1', displayName: 'Nadia Okonkwo' },
  ] as never);
  queryClient.setQueryData(getAllPoliceUnitsQueryOptions().queryKey, [
    { id: 'unit-1', name: 'Cyber Police Kyiv', agency: 'National Police', city: 'Kyiv', countryCode: 'UA' },
  ]);
  queryClient.setQueryData(getAllUsersQueryOptions('trainer').queryKey, []);
  return queryClient;
}

describe('Cohorts: the list keeps its filters and order in the address (issue 16)', () => {
  const params = (url: string) => Object.fromEntries(new URLSearchParams(url.split('?')[1] ?? ''));

  it('opens with the address’s filters and asks the API for exactly them; each change keeps the others', () => {
    const queryClient = client();
    const filters = {
      courseId: 'c-1',
      status: undefined,
      from: '2031-03-01',
      to: '2031-03-31',
      countryCode: 'UA',
      trainerId: 't-1',
      sort: undefined,
    };
    const cohort = {
      id: 'k-1',
      courseId: 'c-1',
      courseCode: 'DF-201',
      courseTitle: 'Digital forensics',
      startsAt: '2031-03-05T08:00:00.000Z',
      endsAt: '2031-03-09T16:00:00.000Z',
      deliveryMode: 'in_person',
      language: 'uk',
      countryCode: 'UA',
      city: 'Kyiv',
      capacity: 20,
      seatsLeft: 20,
      waitlisted: 0,
      trainerId: 't-1',
      trainerName: 'Nadia Okonkwo',
      policeUnitId: null,
      requiresApproval: false,
      status: 'planned',
      enrolmentOpen: false,
    } as Cohort;
    queryClient.setQueryData(getCohortsQueryOptions({ page: 1, ...filters }).queryKey, {
      items: [cohort],
      total: 1,
      page: 1,
      pageSize: 20,
    });
    const view = renderPage(<AdminCohortsRoute />, {
      path: paths.app.adminCohorts.path,
      url: paths.app.adminCohorts.getHref(filters),
      queryClient,
    });
    expect(screen.getByLabelText('Running from')).toHaveValue('2031-03-01');
    expect(screen.getByLabelText('Running until')).toHaveValue('2031-03-31');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('UA');
    expect(screen.getByRole('combobox', { name: 'Trainer' })).toHaveValue('t-1');
    expect(screen.getByRole('combobox', { name: 'Order' })).toHaveValue('');
    expect(screen.getAllByText('Nadia Okonkwo').length).toBeGreaterThan(0);

    fireEvent.change(screen.getByRole('combobox', { name: 'Order' }), { target: { value: '-starts' } });
    expect(params(view.location())).toEqual({
      courseId: 'c-1',
      from: '2031-03-01',
      to: '2031-03-31',
      countryCode: 'UA',
      trainerId: 't-1',
      sort: '-starts',
    });
    fireEvent.change(screen.getByLabelText('Running from'), { target: { value: '' } });
    expect(params(view.location()).from).toBeUndefined();
    expect(params(view.location()).sort).toBe('-starts');
  });

  it('ignores malformed values in the address instead of sending them', () => {
    const queryClient = client();
    renderPage(<AdminCohortsRoute />, {
      path: paths.app.adminCohorts.path,
      url: '/admin/cohorts?from=yesterday&countryCode=ua&sort=title',
      queryClient,
    });
    expect(screen.getByLabelText('Running from')).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Order' })).toHaveValue('');
  });
});

describe('Cohort form: the trainer picker (issue 16, scheduling help)', () => {
  it('offers only trainers qualified and free for the chosen course, language and dates, and says why others are not', () => {
    const queryClient = client();
    const startsAt = '2031-03-05T09:00';
    const endsAt = '2031-03-09T17:00';
    queryClient.setQueryData(
      getTrainerOptionsQueryOptions({
        courseId: 'c-1',
        language: 'en',
        deliveryMode: 'online',
        policeUnitId: 'unit-1',
        startsAt: fromDateTimeLocal(startsAt),
        endsAt: fromDateTimeLocal(endsAt),
      }).queryKey,
      {
        eligible: 2,
        items: [
          { id: 't-1', displayName: 'Nadia Okonkwo', memberFirmName: 'Trend Micro', pool: 'expert', excludedBy: null },
          { id: 'l-1', displayName: 'Olena Kovalenko', memberFirmName: null, pool: 'local', excludedBy: null },
          { id: 't-2', displayName: 'Ivan Petrov', memberFirmName: 'McAfee', pool: 'expert', excludedBy: 'busy' },
          { id: 't-3', displayName: 'Li Na', memberFirmName: 'Sophos', pool: 'expert', excludedBy: 'language' },
        ],
      },
    );
    renderPage(<AdminCohortNewRoute />, {
      path: paths.app.adminCohortNew.path,
      url: '/admin/cohorts/new',
      queryClient,
    });
    const trainer = () => screen.getByRole('combobox', { name: 'Trainer' });
    expect(trainer()).toBeDisabled();
    expect(screen.getByText('Choose the course, language and dates to see who can teach it.')).toBeInTheDocument();

    fireEvent.change(screen.getByRole('combobox', { name: 'Course' }), { target: { value: 'c-1' } });
    fireEvent.change(screen.getByLabelText('Starts'), { target: { value: startsAt } });
    fireEvent.change(screen.getByLabelText('Ends'), { target: { value: endsAt } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Reserved for a police unit' }), {
      target: { value: 'unit-1' },
    });

    expect(trainer()).toBeEnabled();
    const choices = within(trainer())
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(choices).toEqual(['No trainer yet', 'Nadia Okonkwo (Trend Micro)', 'Olena Kovalenko (local trainer)']);
    expect(screen.getByText('Qualified for the course and free on these dates: 2')).toBeInTheDocument();
    const others = screen.getByText('Others who cannot teach it, and why: 2').closest('details')!;
    expect(within(others).getByText(/booked or unavailable on these dates/)).toBeInTheDocument();
    expect(within(others).getByText(/does not teach in this language/)).toBeInTheDocument();
    fireEvent.change(trainer(), { target: { value: 'l-1' } });
    expect(trainer()).toHaveValue('l-1');
  });
});

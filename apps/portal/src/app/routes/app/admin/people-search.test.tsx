import { act, fireEvent, screen } from '@testing-library/react';
import { paths } from '@/config/paths';
import { getCertificationsQueryOptions, type Certification } from '@/features/certifications/api/get-certifications';
import { getAllProgrammesQueryOptions } from '@/features/certifications/api/get-programmes';
import { getTrainersQueryOptions, type Trainer } from '@/features/trainer-assignment/api/get-trainers';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import { getUsersQueryOptions, type User } from '@/features/users/api/get-users';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { TrainersRoute } from '../trainer-assignment/trainers';
import { AdminCertificationsRoute } from './certifications';
import { UsersRoute } from './users';

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

const user = (id: string, displayName: string): User => ({
  id,
  email: `${id}@police.example`,
  displayName,
  role: 'officer',
  policeUnitId: 'unit-1',
  memberFirmId: null,
  locale: null,
  timeZone: null,
  readsLocales: [],
  passwordChangeRequired: false,
  passwordSet: true,
  protected: false,
  disabled: false,
  createdAt: '2030-01-01T00:00:00.000Z',
});

const page = <T,>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 20, nextCursor: null });

/** Types into the search box and lets the debounce run out. */
function typeSearch(label: string, text: string) {
  fireEvent.change(screen.getByRole('searchbox', { name: label }), { target: { value: text } });
}

describe('People search boxes: debounced, kept in the address (issue 16)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('users: typing a name with a typo searches 300 ms after the last key, and the address keeps it', () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(ME_QUERY_KEY, ADMIN);
    queryClient.setQueryData(getUsersQueryOptions({ page: 1, role: undefined, q: undefined }).queryKey, page([]));
    queryClient.setQueryData(
      getUsersQueryOptions({ page: 1, role: undefined, q: 'Kovalemko' }).queryKey,
      page([user('u-1', 'Olena Kovalenko')]),
    );
    const view = renderPage(<UsersRoute />, { path: paths.app.users.path, url: '/people', queryClient });
    typeSearch('Search users', 'Kova');
    act(() => jest.advanceTimersByTime(200));
    typeSearch('Search users', 'Kovalemko');
    act(() => jest.advanceTimersByTime(299));
    expect(view.location()).toBe('/people'); // not yet: still typing
    act(() => jest.advanceTimersByTime(1));
    expect(view.location()).toBe('/people?q=Kovalemko');
    expect(screen.getByText('Olena Kovalenko')).toBeInTheDocument();
    // The box keeps its focus and text (no remount) while the address follows.
    expect(screen.getByRole('searchbox', { name: 'Search users' })).toHaveValue('Kovalemko');
  });

  it('users: an address with a search and a role opens with both, and the role filter keeps the search', () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(ME_QUERY_KEY, ADMIN);
    queryClient.setQueryData(
      getUsersQueryOptions({ page: 1, role: 'officer', q: 'Шевчинко' }).queryKey,
      page([user('u-2', 'Тарас Шевченко')]),
    );
    const view = renderPage(<UsersRoute />, {
      path: paths.app.users.path,
      url: paths.app.users.getHref({ role: 'officer', q: 'Шевчинко' }),
      queryClient,
    });
    expect(screen.getByRole('searchbox', { name: 'Search users' })).toHaveValue('Шевчинко');
    expect(screen.getByText('Тарас Шевченко')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('combobox', { name: 'Role' }), { target: { value: 'trainer' } });
    expect(new URLSearchParams(view.location().split('?')[1]).get('q')).toBe('Шевчинко');
  });

  it('certifications: an admin searches holders by name; status and programme stay in the address', () => {
    const cert: Certification = {
      id: 'c-1',
      programmeId: 'p-1',
      programmeName: 'Alliance Cybercrime Investigator',
      holderId: 'u-3',
      holderName: '王小明',
      issuedAt: '2030-01-01T00:00:00.000Z',
      validFrom: '2030-01-01T00:00:00.000Z',
      expiresAt: '2031-01-01T00:00:00.000Z',
      status: 'active',
      revokedReason: null,
      publicCode: 'abc',
      verificationUrl: 'https://academy.example/verify/abc',
      previousId: null,
      canRecertify: false,
      recertificationOpensAt: '2030-10-01T00:00:00.000Z',
    } as Certification;
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(ME_QUERY_KEY, ADMIN);
    queryClient.setQueryData(getAllProgrammesQueryOptions().queryKey, []);
    const params = { page: 1, status: 'active' as const, programmeId: undefined, holderId: undefined };
    queryClient.setQueryData(getCertificationsQueryOptions({ ...params, q: undefined }).queryKey, page([]));
    queryClient.setQueryData(getCertificationsQueryOptions({ ...params, q: '王晓明' }).queryKey, page([cert]));
    const view = renderPage(<AdminCertificationsRoute />, {
      path: paths.app.adminCertifications.path,
      url: paths.app.adminCertifications.getHref({ status: 'active' }),
      queryClient,
    });
    typeSearch('Holder', '王晓明');
    act(() => jest.advanceTimersByTime(300));
    const query = new URLSearchParams(view.location().split('?')[1]);
    expect(query.get('q')).toBe('王晓明');
    expect(query.get('status')).toBe('active');
    expect(screen.getByText('王小明')).toBeInTheDocument();
  });

  it('trainers: a search box, and the pager keeps the search', () => {
    const trainer = {
      id: 't-1',
      displayName: 'Nadia Okonkwo',
      email: 'nadia@firm.example',
      memberFirmId: 'f-1',
      memberFirmName: 'Trend Micro',
      pool: 'expert',
      trainedInCohortId: null,
      languages: ['en'],
      skills: [],
      courseIds: [],
      countryCodes: ['KE'],
      excludedCountryCodes: [],
      onlineOnly: false,
      loadLimitPerQuarter: 4,
      unavailability: [],
    } as Trainer;
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(ME_QUERY_KEY, ADMIN);
    queryClient.setQueryData(getTrainersQueryOptions({ page: 1, q: 'okonkwa' }).queryKey, {
      items: [trainer],
      total: 41,
      page: 1,
      pageSize: 20,
    });
    renderPage(<TrainersRoute />, {
      path: paths.app.trainers.path,
      url: paths.app.trainers.getHref({ q: 'okonkwa' }),
      queryClient,
    });
    expect(screen.getByRole('searchbox', { name: 'Search trainers' })).toHaveValue('okonkwa');
    expect(screen.getByText('Nadia Okonkwo')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /next/i })).toHaveAttribute('href', '/trainers?q=okonkwa&page=2');
  });
});

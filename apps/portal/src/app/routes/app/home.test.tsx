import { screen } from '@testing-library/react';
import { paths } from '@/config/paths';
import { getAdminHomeQueryOptions, type AdminHome } from '@/features/admin-home/api/get-admin-home';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { HomeRoute } from './home';

const ADMIN: Me = {
  id: 'admin-1',
  email: 'ana@alliance.example',
  displayName: 'Ana Souza',
  role: 'admin',
  policeUnitId: null,
  memberFirmId: null,
  locale: 'en',
  readsLocales: [],
  passwordChangeRequired: false,
  timeZone: 'UTC',
};

const HOME: AdminHome = {
  asOf: '2031-06-02T08:00:00.000Z',
  unfilledRequests: 2,
  proposalsLapsing: 1,
  proposalsBefore: '2031-06-03T08:00:00.000Z',
  cohortsWithoutTrainer: 2,
  cohortsUnderHalfFull: 0,
  cohortsBefore: '2031-06-16T08:00:00.000Z',
  cohorts: [
    {
      id: 'c0000000-0000-4000-8000-000000000001',
      courseTitle: 'Ransomware response',
      startsAt: '2031-06-05T08:00:00.000Z',
      capacity: 20,
      seatsTaken: 12,
      hasTrainer: false,
    },
  ],
  certificationsExpiring: 7,
  certificationsWithinDays: 30,
  failedJobs: 3,
};

function open(me: Me) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, me);
  queryClient.setQueryData(getAdminHomeQueryOptions().queryKey, HOME);
  return renderPage(<HomeRoute />, { path: paths.app.home.path, url: paths.app.home.getHref(), queryClient });
}

describe('Home of an admin: what needs attention today', () => {
  it('counts each item, each a link to the list it counts', () => {
    open(ADMIN);
    expect(screen.getByRole('heading', { level: 2, name: 'Needs attention today' })).toBeInTheDocument();
    const link = (name: RegExp) => screen.getByRole('link', { name });
    expect(link(/^2 Training requests with no trainer found$/)).toHaveAttribute(
      'href',
      '/training-requests?status=unfilled',
    );
    expect(link(/^1 Proposals to trainers lapsing within 24 hours$/)).toHaveAttribute(
      'href',
      '/training-requests?status=proposed',
    );
    expect(link(/^2 Cohorts starting within 14 days without a trainer$/)).toHaveAttribute(
      'href',
      '/admin/cohorts?from=2031-06-02&to=2031-06-16&withoutTrainer=true',
    );
    expect(link(/^0 Cohorts starting within 14 days less than half full$/)).toHaveAttribute(
      'href',
      '/admin/cohorts?from=2031-06-02&to=2031-06-16',
    );
    expect(link(/^7 Certifications expiring within 30 days$/)).toHaveAttribute(
      'href',
      '/unit/roster?status=expiring&within=30',
    );
    expect(link(/^3 Failed background jobs$/)).toHaveAttribute('href', '/api/admin/queues');
    expect(link(/^Ransomware response$/)).toHaveAttribute(
      'href',
      '/admin/cohorts/c0000000-0000-4000-8000-000000000001',
    );
  });

  it('is not shown to other roles', () => {
    open({ ...ADMIN, role: 'trainer', memberFirmId: 'f-1' });
    expect(screen.queryByRole('heading', { name: 'Needs attention today' })).not.toBeInTheDocument();
  });
});

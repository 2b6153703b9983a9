import { screen, within } from '@testing-library/react';
import { DEFAULT_PAGE_SIZE } from '@icspa/domain';
import { navigationOf } from '@/components/layout/navigation';
import { AppShell } from '@/components/layout/app-shell';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import { getCohortsQueryOptions, type Cohort } from '@/features/cohorts/api/get-cohorts';
import { rosterQueryKey } from '@/features/cohorts/api/get-roster';
import { sessionsQueryKey } from '@/features/cohorts/api/get-sessions';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { MyCohortsRoute } from './my-cohorts';
import { RosterRoute } from './roster';

/**
 * A local trainer is an officer (or coordinator) holding the `local_trainer` grant (Me's `capabilities`):
 * their menu offers their trainer pages beside their learner pages, and those pages work for them.
 */
const LOCAL_TRAINER: Me = {
  id: 'o-1',
  email: 'local.trainer@icspa.test',
  displayName: 'Оксана Мельник',
  role: 'officer',
  policeUnitId: 'unit-1',
  memberFirmId: null,
  locale: 'en',
  readsLocales: [],
  timeZone: 'Europe/Kyiv',
  passwordChangeRequired: false,
  capabilities: ['local_trainer'],
};

const COHORT: Cohort = {
  id: '5d7c1f3e-0000-4000-8000-0000000000c1',
  courseId: 'c-1',
  courseCode: 'CS-101',
  courseTitle: 'Cybercrime first response',
  startsAt: '2031-03-31T06:00:00.000Z',
  endsAt: '2031-04-02T14:00:00.000Z',
  deliveryMode: 'in_person',
  language: 'uk',
  countryCode: 'UA',
  city: 'Kyiv',
  capacity: 20,
  seatsLeft: 12,
  waitlisted: 0,
  trainerId: 'o-1',
  trainerName: 'Оксана Мельник',
  trainerPseudonym: null,
  coTrainerId: null,
  coTrainerName: null,
  coTrainerPseudonym: null,
  policeUnitId: 'unit-1',
  requiresApproval: false,
  status: 'planned',
  enrolmentOpen: false,
};

const navKeys = (me: Me) => navigationOf(me.role, { localTrainer: me.capabilities?.includes('local_trainer') });

describe('a local trainer’s menu and trainer pages', () => {
  it('an officer holding local_trainer gets Teaching proposals and Cohorts I teach after Local trainers, beside their learner pages', () => {
    expect(navKeys(LOCAL_TRAINER).map((i) => i.key)).toEqual([
      'myLearning',
      'myCertifications',
      'catalogue',
      'myUnit',
      'localTrainers',
      'teachingProposals',
      'teachingCohorts',
      'calendar',
      'profile',
    ]);
    // Without the grant (never confirmed, or lapsed and revoked): the learner's menu only.
    expect(navKeys({ ...LOCAL_TRAINER, capabilities: [] }).map((i) => i.key)).not.toContain('teachingProposals');
    // A coordinator local trainer too; a trainer has the pages already, once.
    expect(navigationOf('coordinator', { localTrainer: true }).map((i) => i.key)).toContain('teachingCohorts');
    expect(
      navigationOf('trainer', { localTrainer: true }).filter((i) => i.to === paths.app.proposals.getHref()),
    ).toHaveLength(1);

    renderPage(
      <AppShell
        user={{ displayName: LOCAL_TRAINER.displayName, role: 'officer' }}
        navigation={navKeys(LOCAL_TRAINER)}
        onSignOut={() => undefined}
        signingOut={false}
      />,
      { path: '*', url: paths.app.myLearning.getHref() },
    );
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'My learning' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Teaching proposals' })).toHaveAttribute(
      'href',
      paths.app.proposals.getHref(),
    );
    expect(within(nav).getByRole('link', { name: 'Cohorts I teach' })).toHaveAttribute(
      'href',
      paths.app.myCohorts.getHref(),
    );
  });

  it('Cohorts I teach lists the cohorts they teach, each with its roster', () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(ME_QUERY_KEY, LOCAL_TRAINER);
    queryClient.setQueryData(getCohortsQueryOptions({ page: 1, mine: true }).queryKey, {
      items: [COHORT],
      total: 1,
      page: 1,
      pageSize: DEFAULT_PAGE_SIZE,
    });
    renderPage(<MyCohortsRoute />, { path: paths.app.myCohorts.path, url: paths.app.myCohorts.getHref(), queryClient });
    expect(screen.getByRole('heading', { level: 1, name: 'Cohorts I teach' })).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Cybercrime first response/ });
    expect(within(row).getByRole('link', { name: /Roster of Cybercrime first response/ })).toHaveAttribute(
      'href',
      paths.app.roster.getHref({ cohortId: COHORT.id }),
    );
    // Not the admin's cohort editor: the course title is no link for them.
    expect(within(row).queryByRole('link', { name: 'Cybercrime first response' })).toBeNull();
  });

  it('the roster gives them each session’s attendance sheet and leads back to Cohorts I teach', () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(ME_QUERY_KEY, LOCAL_TRAINER);
    queryClient.setQueryData(rosterQueryKey(COHORT.id), { cohort: COHORT, entries: [] });
    queryClient.setQueryData(sessionsQueryKey(COHORT.id), {
      items: [
        {
          id: 's-1',
          cohortId: COHORT.id,
          courseId: 'c-1',
          courseTitle: COHORT.courseTitle,
          startsAt: '2031-03-31T06:00:00.000Z',
          endsAt: '2031-03-31T14:00:00.000Z',
          timeZone: 'Europe/Kyiv',
          venueName: 'Зала А',
          venueAddress: null,
          onlineUrl: null,
          position: 1,
          status: 'scheduled',
          sequence: 0,
          venueTime: { timeZone: 'Europe/Kyiv', startsAt: '2031-03-31T09:00', endsAt: '2031-03-31T17:00' },
          viewerTime: { timeZone: 'Europe/Kyiv', startsAt: '2031-03-31T09:00', endsAt: '2031-03-31T17:00' },
        },
      ],
    });
    renderPage(<RosterRoute />, {
      path: paths.app.roster.path,
      url: paths.app.roster.getHref({ cohortId: COHORT.id }),
      queryClient,
    });
    expect(screen.getByRole('link', { name: 'Attendance' })).toHaveAttribute(
      'href',
      paths.app.sessionAttendance.getHref({ sessionId: 's-1' }),
    );
    expect(screen.getByRole('link', { name: 'Back to Cohorts I teach' })).toHaveAttribute(
      'href',
      paths.app.myCohorts.getHref(),
    );
  });
});

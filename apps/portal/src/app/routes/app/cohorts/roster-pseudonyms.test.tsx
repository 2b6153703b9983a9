import { act, screen, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import type { Cohort } from '@/features/cohorts/api/get-cohorts';
import { rosterQueryKey, type Roster, type RosterEntry } from '@/features/cohorts/api/get-roster';
import { sessionsQueryKey } from '@/features/cohorts/api/get-sessions';
import { setLanguage } from '@/lib/i18n';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { RosterRoute } from './roster';

/**
 * Officer privacy: a member-firm trainer's roster names the officers by pseudonym (the API's `officerPseudonym`,
 * said in the reader's language), without e-mail addresses, and says why; a named roster's officer by name.
 */
const TRAINER: Me = {
  id: 't-1',
  email: 'trainer@firm.test',
  displayName: 'Jordan Trainer',
  role: 'trainer',
  policeUnitId: null,
  memberFirmId: 'f-1',
  locale: 'en',
  readsLocales: [],
  timeZone: 'Europe/Kyiv',
  passwordChangeRequired: false,
  capabilities: [],
};

const COHORT: Cohort = {
  id: '5d7c1f3e-0000-4000-8000-0000000000c7',
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
  seatsLeft: 18,
  waitlisted: 0,
  trainerId: 't-1',
  trainerName: 'Jordan Trainer',
  trainerPseudonym: null,
  coTrainerId: null,
  coTrainerName: null,
  coTrainerPseudonym: null,
  policeUnitId: null,
  requiresApproval: false,
  status: 'running',
  enrolmentOpen: false,
};

const entry = (id: string, extra: Partial<RosterEntry>): RosterEntry => ({
  id,
  cohortId: COHORT.id,
  courseId: 'c-1',
  courseTitle: COHORT.courseTitle,
  officerId: null,
  officerName: 'Participant 1 · KZ-3F9',
  officerPseudonym: { number: 1, code: 'KZ-3F9' },
  officerEmail: null,
  status: 'enrolled',
  waitlistPosition: null,
  progressPercent: 40,
  attended: null,
  attendancePercent: null,
  startsAt: COHORT.startsAt,
  endsAt: COHORT.endsAt,
  deliveryMode: 'in_person',
  nextLessonId: null,
  nextLessonTitle: null,
  completedAt: null,
  switchFromEnrolmentId: null,
  bestScore: null,
  ...extra,
});

const ROSTER: Roster = {
  cohort: COHORT,
  entries: [
    entry('e-1', {}),
    entry('e-2', { officerName: 'Participant 2 · 7Q-M2X', officerPseudonym: { number: 2, code: '7Q-M2X' } }),
    // Their unit opted this cohort into named rosters: the name, still no e-mail.
    entry('e-3', { officerName: 'Octavian Brightwater', officerPseudonym: null }),
  ],
};

function open() {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, TRAINER);
  queryClient.setQueryData(rosterQueryKey(COHORT.id), ROSTER);
  queryClient.setQueryData(sessionsQueryKey(COHORT.id), { items: [] });
  return renderPage(<RosterRoute />, {
    path: paths.app.roster.path,
    url: paths.app.roster.getHref({ cohortId: COHORT.id }),
    queryClient,
  });
}

describe('a trainer’s roster by pseudonym', () => {
  afterEach(async () => {
    await act(() => setLanguage('en'));
  });

  it('names participants by pseudonym, without e-mail links, explains why, and grades them by pseudonym', () => {
    open();
    expect(screen.getByText('Officers are shown by pseudonym; their unit can choose to show names.')).toBeVisible();
    const first = screen.getByRole('row', { name: /Participant 1 · KZ-3F9/ });
    expect(within(first).queryByRole('link')).toBeNull();
    expect(screen.getByRole('form', { name: 'Attendance and result of Participant 2 · 7Q-M2X' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Octavian Brightwater/ })).toBeInTheDocument();
    expect(document.querySelector('a[href^="mailto:"]')).toBeNull();
  });

  it('says the pseudonym in the reader’s language (Chinese)', async () => {
    open();
    await act(() => setLanguage('zh-CN'));
    expect(await screen.findByRole('row', { name: /学员 1 · KZ-3F9/ })).toBeInTheDocument();
    expect(screen.getByText('学员以化名显示；其所属单位可选择显示姓名。')).toBeVisible();
    expect(screen.queryByText(/Participant 1/)).toBeNull();
  });

  it('shows no explanation when every officer is named (an admin’s roster), with their e-mail', () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(ME_QUERY_KEY, { ...TRAINER, role: 'admin', memberFirmId: null });
    queryClient.setQueryData(rosterQueryKey(COHORT.id), {
      cohort: COHORT,
      entries: [
        entry('e-1', { officerName: 'Olena Kovalenko', officerPseudonym: null, officerEmail: 'o.k@police.test' }),
      ],
    });
    queryClient.setQueryData(sessionsQueryKey(COHORT.id), { items: [] });
    renderPage(<RosterRoute />, {
      path: paths.app.roster.path,
      url: paths.app.roster.getHref({ cohortId: COHORT.id }),
      queryClient,
    });
    expect(screen.getByRole('link', { name: 'o.k@police.test' })).toHaveAttribute('href', 'mailto:o.k@police.test');
    expect(screen.queryByText(/shown by pseudonym/)).toBeNull();
  });
});

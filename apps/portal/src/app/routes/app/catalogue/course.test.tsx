import { ENGLISH_ONLY } from '@/testing/content';
import { fireEvent, screen, within } from '@testing-library/react';
import { MAX_PAGE_SIZE } from '@icspa/domain';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import { getCourseQueryOptions, type CourseDetail } from '@/features/catalogue/api/get-course';
import { getCohortsQueryOptions, type Cohort } from '@/features/cohorts/api/get-cohorts';
import { getEnrolmentsQueryOptions, type Enrolment } from '@/features/enrolments/api/get-enrolments';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { CourseRoute } from './course';

const OFFICER: Me = {
  id: 'o-1',
  email: 'ana@unit.example',
  displayName: 'Ana Alves',
  role: 'officer',
  policeUnitId: 'unit-1',
  memberFirmId: null,
  locale: 'en',
  readsLocales: [],
  timeZone: null,
  passwordChangeRequired: false,
};

const COURSE: CourseDetail = {
  id: 'c-1',
  code: 'DF-201',
  title: 'Digital forensics',
  summary: 'Seizing and imaging devices.',
  level: 'foundation',
  deliveryPolicy: 'local_first',
  topics: [],
  languages: ['en'],
  hours: 6,
  minAttendancePercent: 80,
  status: 'published',
  ...ENGLISH_ONLY,
  modules: [],
  assessment: null,
};

const run = (id: string, city: string, extra: Partial<Cohort> = {}): Cohort => ({
  id,
  courseId: 'c-1',
  courseCode: 'DF-201',
  courseTitle: 'Digital forensics',
  startsAt: '2030-03-05T08:00:00.000Z',
  endsAt: '2030-03-09T16:00:00.000Z',
  deliveryMode: 'in_person',
  language: 'en',
  countryCode: 'UA',
  city,
  capacity: 20,
  seatsLeft: 4,
  waitlisted: 0,
  trainerId: null,
  trainerName: null,
  trainerPseudonym: null,
  coTrainerId: null,
  coTrainerName: null,
  coTrainerPseudonym: null,
  policeUnitId: null,
  requiresApproval: false,
  status: 'open',
  enrolmentOpen: true,
  ...extra,
});

const KYIV = run('k-kyiv', 'Kyiv');
const LVIV = run('k-lviv', 'Lviv', { seatsLeft: 0, waitlisted: 3 });
const ODESA = run('k-odesa', 'Odesa');
// Like the run in the issue: still "open", but it has started.
const KHARKIV = run('k-kharkiv', 'Kharkiv', { startsAt: '2030-02-16T08:00:00.000Z', enrolmentOpen: false });
const POLTAVA = run('k-poltava', 'Poltava', { status: 'planned', enrolmentOpen: false });
const RUNS = [KHARKIV, KYIV, LVIV, ODESA, POLTAVA];

const enrolment = (id: string, cohortId: string, extra: Partial<Enrolment> = {}): Enrolment => ({
  id,
  cohortId,
  courseId: 'c-1',
  courseTitle: 'Digital forensics',
  officerId: 'o-1',
  officerName: 'Ana Alves',
  officerPseudonym: null,
  status: 'enrolled',
  waitlistPosition: null,
  progressPercent: 0,
  attended: null,
  attendancePercent: null,
  startsAt: '2030-03-05T08:00:00.000Z',
  endsAt: '2030-03-09T16:00:00.000Z',
  deliveryMode: 'in_person',
  nextLessonId: null,
  nextLessonTitle: null,
  completedAt: null,
  switchFromEnrolmentId: null,
  ...extra,
});

function open(own: Enrolment[], me: Me = OFFICER) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, me);
  queryClient.setQueryData(getCourseQueryOptions('c-1').queryKey, COURSE);
  queryClient.setQueryData(
    getCohortsQueryOptions({ page: 1, pageSize: 50, courseId: 'c-1', upcoming: true }).queryKey,
    { items: RUNS, total: RUNS.length, page: 1, pageSize: 50 },
  );
  queryClient.setQueryData(
    getEnrolmentsQueryOptions({ page: 1, pageSize: MAX_PAGE_SIZE, mine: true, courseId: 'c-1' }).queryKey,
    { items: own, total: own.length, page: 1, pageSize: MAX_PAGE_SIZE },
  );
  return renderPage(<CourseRoute />, {
    path: paths.app.course.path,
    url: paths.app.course.getHref({ courseId: 'c-1' }),
    queryClient,
  });
}

/** The card of the run held in `city`. */
const card = (city: string) => {
  const item = screen.getByText(new RegExp(`^${city},`)).closest('li');
  if (!item) throw new Error(`no card for ${city}`);
  return within(item);
};
const buttons = (city: string) =>
  card(city)
    .queryAllByRole('button')
    .map((b) => b.textContent);

describe('Course page: what each run offers the learner (issue 12)', () => {
  it('with nothing in the course: Enrol on runs open for enrolment, “Enrolment closed” on the one that has started, nothing to do on a planned one', () => {
    open([]);
    expect(buttons('Kyiv')).toEqual(['Enrol']);
    expect(buttons('Lviv')).toEqual(['Join the waitlist']);
    expect(buttons('Odesa')).toEqual(['Enrol']);
    expect(buttons('Kharkiv')).toEqual([]);
    expect(card('Kharkiv').getByText('Enrolment closed: this cohort has started.')).toBeInTheDocument();
    expect(buttons('Poltava')).toEqual([]);
    expect(card('Poltava').getByText('Enrolment has not opened yet.')).toBeInTheDocument();
  });

  it('holding a seat, with a switch pending: the state of each run, Switch to this cohort elsewhere, never Enrol', () => {
    open([
      enrolment('e-kyiv', KYIV.id),
      enrolment('e-lviv', LVIV.id, { status: 'waitlisted', waitlistPosition: 2, switchFromEnrolmentId: 'e-kyiv' }),
      enrolment('e-old', 'k-gone', { status: 'withdrawn' }),
    ]);
    expect(card('Kyiv').getByText('You are enrolled in this cohort.')).toBeInTheDocument();
    expect(buttons('Kyiv')).toEqual([]);
    expect(
      card('Lviv').getByText(
        'Switch requested: you are number 2 on this cohort’s waitlist and keep your current seat until a seat here is yours.',
      ),
    ).toBeInTheDocument();
    expect(buttons('Lviv')).toEqual(['Cancel the switch']);
    expect(buttons('Odesa')).toEqual(['Switch to this cohort']);
    expect(buttons('Kharkiv')).toEqual([]);
    expect(card('Kharkiv').getByText('Enrolment closed: this cohort has started.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Enrol/ })).not.toBeInTheDocument();
  });

  it('switches from the seat held, and cancels a pending switch by withdrawing the waiting place', () => {
    const { queryClient } = open([
      enrolment('e-kyiv', KYIV.id),
      enrolment('e-lviv', LVIV.id, { status: 'waitlisted', waitlistPosition: 2, switchFromEnrolmentId: 'e-kyiv' }),
    ]);
    fireEvent.click(card('Odesa').getByRole('button', { name: /^Switch to Digital forensics/ }));
    fireEvent.click(card('Lviv').getByRole('button', { name: 'Cancel the switch' }));
    expect(
      queryClient
        .getMutationCache()
        .getAll()
        .map((m) => m.state.variables),
    ).toEqual([{ enrolmentId: 'e-kyiv', cohortId: ODESA.id }, 'e-lviv']);
  });

  it('shows a plain waitlist place with its number', () => {
    open([enrolment('e-kyiv', KYIV.id, { status: 'waitlisted', waitlistPosition: 3 })]);
    expect(card('Kyiv').getByText('You are number 3 on this cohort’s waitlist.')).toBeInTheDocument();
    // A waitlist place is a place in the course: the other open runs offer a move, not a second enrolment.
    expect(buttons('Odesa')).toEqual(['Switch to this cohort']);
  });

  it('shows a pending approval and a completed run as such', () => {
    open([
      enrolment('e-kyiv', KYIV.id, { status: 'completed', completedAt: '2030-03-09T16:00:00.000Z' }),
      enrolment('e-odesa', ODESA.id, { status: 'pending_approval' }),
    ]);
    expect(card('Kyiv').getByText('You completed this cohort.')).toBeInTheDocument();
    expect(
      card('Odesa').getByText('Your request for this cohort is waiting for your training coordinator’s approval.'),
    ).toBeInTheDocument();
    expect(buttons('Kyiv')).toEqual([]);
    expect(buttons('Odesa')).toEqual([]);
    expect(buttons('Lviv')).toEqual(['Switch to this cohort']);
  });

  it('offers nothing to act on to those who do not enrol themselves (trainers, admins)', () => {
    open([], { ...OFFICER, role: 'trainer', policeUnitId: null });
    expect(screen.queryAllByRole('button')).toEqual([]);
  });
});
